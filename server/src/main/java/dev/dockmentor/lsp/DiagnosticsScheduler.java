package dev.dockmentor.lsp;

import dev.dockmentor.engine.Cancel;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.IntSupplier;

/**
 * Analysis off the JSON-RPC reader thread, on a small bounded pool. Each document has at most
 * one pending job: a new edit cancels the previous one (before it starts, or between rules),
 * and bursts are coalesced by the configured delay. Results are published only when they are
 * for the document's current snapshot, so the editor never gets stale diagnostics.
 *
 * <p>Project awareness: each kept analysis names the other files it read. When one of them changes
 * (an open buffer, a closed file on disk), {@link #pathChanged} analyses its dependents again; a result
 * computed while one of its inputs changed is not published, its document is simply analysed again.
 */
final class DiagnosticsScheduler {
    private static final class Job {
        final Document doc;
        final AtomicBoolean cancelled = new AtomicBoolean();
        volatile Future<?> future;
        volatile long startSeq;

        Job(Document doc) {
            this.doc = doc;
        }
    }

    private final DocumentStore store;
    private final DocumentAnalyzer analyzer;
    private final Consumer<Analysis> publisher;
    private final IntSupplier delayMs;
    private final Log log;
    private final ScheduledThreadPoolExecutor pool;
    /** Request work (symbols, completion…) runs apart, so a storm of requests never delays a publish. */
    private final java.util.concurrent.ExecutorService requests;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final Map<String, Analysis> latest = new ConcurrentHashMap<>();
    private final Map<String, Set<Path>> dependencies = new ConcurrentHashMap<>();
    private final Map<Path, Long> changedAt = new ConcurrentHashMap<>();
    private final AtomicLong changeSeq = new AtomicLong();
    private final Object publishLock = new Object();
    private volatile Consumer<Set<Path>> dependencyListener = d -> { };

    DiagnosticsScheduler(DocumentStore store, DocumentAnalyzer analyzer, Consumer<Analysis> publisher, IntSupplier delayMs, Log log) {
        this.store = store;
        this.analyzer = analyzer;
        this.publisher = publisher;
        this.delayMs = delayMs;
        this.log = log;
        AtomicInteger n = new AtomicInteger();
        int threads = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
        this.pool = new ScheduledThreadPoolExecutor(threads, r -> {
            Thread t = new Thread(r, "dockmentor-analysis-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        pool.setRemoveOnCancelPolicy(true);
        this.requests = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "dockmentor-requests");
            t.setDaemon(true);
            return t;
        });
        pool.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /** Analyse this snapshot after the coalescing delay, superseding any pending work for it. */
    void schedule(Document doc) {
        if (doc.kind == null) return;
        touch();
        Job job = new Job(doc);
        Job old = jobs.put(doc.uri, job);
        if (old != null) cancel(old);
        latest.computeIfPresent(doc.uri, (k, a) -> a.doc() == doc ? null : a); // same snapshot, new inputs: the kept one is stale
        // Nor may a request share an analysis started before this change: it may have read the old inputs. (Its
        // future can still be mid-completion, its first requester answered, when the next request arrives.)
        pending.remove(doc.uri);
        try {
            job.future = pool.schedule(() -> run(job), Math.max(0, delayMs.getAsInt()), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // shutting down
        }
    }

    void scheduleAll() {
        for (Document d : store.all()) schedule(d);
    }

    /**
     * A file changed (an open buffer was edited, opened or closed, or a watched file changed on disk):
     * every open document whose last analysis read it is analysed again. Returns how many.
     */
    int pathChanged(Path path) {
        return pathChanged(path, true);
    }

    /**
     * As above; {@code listed} false when only the file's content changed (it was neither created nor deleted): a
     * folder listing then reads the same names, so only analyses that read the file itself are outdated.
     */
    int pathChanged(Path path, boolean listed) {
        if (path == null) return 0;
        Path p = path.toAbsolutePath().normalize();
        changedAt.put(p, changeSeq.incrementAndGet());
        Path folder = p.getParent();
        int n = 0;
        for (Map.Entry<String, Set<Path>> e : dependencies.entrySet()) {
            // A folder an analysis listed or looked for counts too: a file added to it may change the answer.
            if (!e.getValue().contains(p) && (!listed || folder == null || !e.getValue().contains(folder))) continue;
            Document d = store.get(e.getKey()).orElse(null);
            if (d == null || p.equals(d.path)) continue;
            schedule(d);
            n++;
        }
        return n;
    }

    /** Told the files every new analysis depends on (to watch them). */
    void onDependencies(Consumer<Set<Path>> listener) {
        this.dependencyListener = listener;
    }

    /** True when one of the files an analysis read changed after it started: its result is already outdated. */
    private boolean inputsChangedSince(Analysis a, long startSeq) {
        for (Path p : a.dependencies()) {
            Long at = changedAt.get(p);
            if (at != null && at > startSeq) return true;
        }
        return false;
    }

    private void keep(Analysis a) {
        latest.put(a.doc().uri, a);
        Set<Path> old = dependencies.put(a.doc().uri, a.dependencies());
        if (!a.dependencies().isEmpty() && !a.dependencies().equals(old)) {
            try {
                dependencyListener.accept(a.dependencies());
            } catch (RuntimeException e) {
                log.warn("watching dependencies failed: " + e);
            }
        }
    }

    private static void cancel(Job job) {
        job.cancelled.set(true);
        Future<?> f = job.future;
        if (f != null) f.cancel(false);
    }

    private void run(Job job) {
        if (job.cancelled.get() || !isCurrent(job.doc)) return;
        try {
            job.startSeq = changeSeq.get();
            Analysis a = analyzer.analyze(job.doc, () -> job.cancelled.get() || !isCurrent(job.doc));
            offer(job, a);
        } catch (CancellationException e) {
            // superseded by a newer edit
        } catch (RuntimeException | StackOverflowError e) {
            log.error("analysis of " + job.doc.uri + " failed: " + e);
        } finally {
            jobs.remove(job.doc.uri, job);
        }
    }

    private boolean isCurrent(Document doc) {
        return store.get(doc.uri).orElse(null) == doc;
    }

    /**
     * Keeps and publishes a result only when it is for the document's current snapshot, its job was not
     * superseded, and none of the files it read changed meanwhile (then it is analysed again instead).
     */
    private void offer(Job job, Analysis a) {
        boolean again = false;
        synchronized (publishLock) {
            if (job.cancelled.get() || !isCurrent(a.doc())) return;
            if (inputsChangedSince(a, job.startSeq)) {
                again = true;
            } else {
                keep(a);
                publisher.accept(a);
            }
        }
        if (again) {
            jobs.remove(job.doc.uri, job);
            schedule(job.doc);
        }
    }

    /** An analysis computed for requests, shared by every request about the same snapshot. */
    private record Pending(Document doc, CompletableFuture<Analysis> future) {}

    private final Map<String, Pending> pending = new ConcurrentHashMap<>();

    /**
     * The analysis of exactly this snapshot: the kept one, or computed on the pool. Requests about one snapshot
     * share one computation (a burst of hovers and code actions after an edit used to analyse the file once per
     * request, and a cancelled request's analysis still ran); each caller gets its own future, so cancelling a
     * request never cancels the shared work.
     */
    CompletableFuture<Analysis> analysisOf(Document doc) {
        touch();
        Analysis a = latest.get(doc.uri);
        if (a != null && a.doc() == doc) return CompletableFuture.completedFuture(a);
        Pending p = pending.compute(doc.uri, (uri, cur) -> cur != null && cur.doc() == doc ? cur : new Pending(doc, compute(doc)));
        p.future().whenComplete((r, e) -> pending.remove(doc.uri, p));
        return p.future().thenApply(r -> r);
    }

    private CompletableFuture<Analysis> compute(Document doc) {
        try {
            return CompletableFuture.supplyAsync(() -> {
                long start = changeSeq.get();
                // A superseded snapshot's analysis helps nobody: stop it so the newest edit is not kept waiting.
                Analysis r = analyzer.analyze(doc, () -> !isCurrent(doc));
                synchronized (publishLock) {
                    if (isCurrent(doc) && !inputsChangedSince(r, start)) keep(r);
                }
                return r;
            }, pool);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Runs a request's work on the pool, off the reader thread. */
    <T> CompletableFuture<T> async(java.util.function.Supplier<T> work) {
        touch();
        try {
            return CompletableFuture.supplyAsync(work, requests);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** The last kept analysis of a document, whatever its version. */
    Analysis last(String uri) {
        return latest.get(uri);
    }

    private volatile long lastActivity = System.nanoTime();

    private void touch() {
        lastActivity = System.nanoTime();
    }

    /** When an analysis was last scheduled or asked for (System.nanoTime). */
    long lastActivity() {
        return lastActivity;
    }

    /** True when no analysis is pending or running and none was asked for in the last {@code ms}. */
    boolean idleFor(long ms) {
        return jobs.isEmpty() && pending.isEmpty() && System.nanoTime() - lastActivity > ms * 1_000_000L;
    }

    /** Analyses waiting for a thread (tests check this stays bounded by the open documents). */
    int queued() {
        return pool.getQueue().size();
    }

    void forget(String uri) {
        Job j = jobs.remove(uri);
        if (j != null) cancel(j);
        latest.remove(uri);
        dependencies.remove(uri);
        pending.remove(uri);
    }

    void shutdown() {
        for (Job j : jobs.values()) cancel(j);
        requests.shutdown();
        pool.shutdown(); // no interrupts: a thread mid-write must not break the output stream
    }
}
