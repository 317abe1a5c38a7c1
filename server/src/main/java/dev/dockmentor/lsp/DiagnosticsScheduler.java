package dev.dockmentor.lsp;

import dev.dockmentor.engine.Cancel;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntSupplier;

/**
 * Analysis off the JSON-RPC reader thread, on a small bounded pool. Each document has at most
 * one pending job: a new edit cancels the previous one (before it starts, or between rules),
 * and bursts are coalesced by the configured delay. Results are published only when they are
 * for the document's current snapshot, so the editor never gets stale diagnostics.
 */
final class DiagnosticsScheduler {
    private static final class Job {
        final Document doc;
        final AtomicBoolean cancelled = new AtomicBoolean();
        volatile Future<?> future;

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
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final Map<String, Analysis> latest = new ConcurrentHashMap<>();
    private final Object publishLock = new Object();

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
        pool.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /** Analyse this snapshot after the coalescing delay, superseding any pending work for it. */
    void schedule(Document doc) {
        if (doc.kind == null) return;
        Job job = new Job(doc);
        Job old = jobs.put(doc.uri, job);
        if (old != null) cancel(old);
        try {
            job.future = pool.schedule(() -> run(job), Math.max(0, delayMs.getAsInt()), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // shutting down
        }
    }

    void scheduleAll() {
        for (Document d : store.all()) schedule(d);
    }

    private static void cancel(Job job) {
        job.cancelled.set(true);
        Future<?> f = job.future;
        if (f != null) f.cancel(false);
    }

    private void run(Job job) {
        if (job.cancelled.get() || !isCurrent(job.doc)) return;
        try {
            Analysis a = analyzer.analyze(job.doc, () -> job.cancelled.get() || !isCurrent(job.doc));
            offer(a);
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

    /** Keeps and publishes a result only when it is for the document's current snapshot. */
    private void offer(Analysis a) {
        synchronized (publishLock) {
            if (!isCurrent(a.doc())) return;
            latest.put(a.doc().uri, a);
            publisher.accept(a);
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
        Analysis a = latest.get(doc.uri);
        if (a != null && a.doc() == doc) return CompletableFuture.completedFuture(a);
        Pending p = pending.compute(doc.uri, (uri, cur) -> cur != null && cur.doc() == doc ? cur : new Pending(doc, compute(doc)));
        p.future().whenComplete((r, e) -> pending.remove(doc.uri, p));
        return p.future().thenApply(r -> r);
    }

    private CompletableFuture<Analysis> compute(Document doc) {
        try {
            return CompletableFuture.supplyAsync(() -> {
                // A snapshot edited since is not worth finishing: its requests are stale (usually cancelled by the
                // client already), and after a storm of them the current snapshot's diagnostics would wait.
                Analysis r = analyzer.analyze(doc, () -> !isCurrent(doc));
                synchronized (publishLock) {
                    if (isCurrent(doc)) latest.put(doc.uri, r);
                }
                return r;
            }, pool);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Runs a request's work on the pool, off the reader thread. */
    <T> CompletableFuture<T> async(java.util.function.Supplier<T> work) {
        try {
            return CompletableFuture.supplyAsync(work, pool);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** The last kept analysis of a document, whatever its version. */
    Analysis last(String uri) {
        return latest.get(uri);
    }

    /** Analyses waiting for a thread (tests check this stays bounded by the open documents). */
    int queued() {
        return pool.getQueue().size();
    }

    void forget(String uri) {
        Job j = jobs.remove(uri);
        if (j != null) cancel(j);
        latest.remove(uri);
        pending.remove(uri);
    }

    void shutdown() {
        for (Job j : jobs.values()) cancel(j);
        pool.shutdown(); // no interrupts: a thread mid-write must not break the output stream
    }
}
