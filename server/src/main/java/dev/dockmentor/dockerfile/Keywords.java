package dev.dockmentor.dockerfile;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Facts about instructions: which exist, which flags each takes, which the builder expands. */
public final class Keywords {
    private Keywords() {}

    public static final List<String> ALL = List.of("FROM", "RUN", "CMD", "LABEL", "MAINTAINER", "EXPOSE", "ENV",
            "ADD", "COPY", "ENTRYPOINT", "VOLUME", "USER", "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL",
            "HEALTHCHECK", "SHELL");

    public static final Set<String> INSTRUCTIONS = Set.copyOf(ALL);

    /** Instructions whose arguments the builder expands (BuildKit's list; RUN/CMD are left to the shell). */
    public static final Set<String> EXPANDS = Set.of("ADD", "COPY", "ENV", "EXPOSE", "FROM", "LABEL",
            "STOPSIGNAL", "USER", "VOLUME", "WORKDIR", "ARG");

    public static final Set<String> EXEC_CAPABLE = Set.of("RUN", "CMD", "ENTRYPOINT", "SHELL", "VOLUME", "COPY", "ADD");

    public static final Set<String> HEREDOC_CAPABLE = Set.of("RUN", "COPY", "ADD");

    /**
     * Known flags per instruction, as BuildKit's dockerfile frontend accepts them. Flags of the labs channel
     * ({@code RUN --security}, {@code RUN --device}) are known too: which frontend a {@code # syntax=} line pulls
     * cannot be checked offline, and calling a valid labs file broken is worse than missing a stable-channel error.
     */
    public static final Map<String, Set<String>> FLAGS = Map.of(
            "FROM", Set.of("platform"),
            "RUN", Set.of("mount", "network", "security", "device"),
            "COPY", Set.of("from", "chown", "chmod", "link", "parents", "exclude"),
            "ADD", Set.of("chown", "chmod", "link", "keep-git-dir", "checksum", "exclude", "unpack"),
            "HEALTHCHECK", Set.of("interval", "timeout", "start-period", "start-interval", "retries"));

    /** Flags that are booleans (no value needed). */
    public static final Set<String> BOOLEAN_FLAGS = Set.of("link", "parents", "keep-git-dir", "unpack");

    /** Flags that may be given more than once. */
    public static final Set<String> REPEATABLE_FLAGS = Set.of("mount", "exclude");

    /** Keys of {@code RUN --mount=...}. */
    public static final Set<String> MOUNT_KEYS = Set.of("type", "target", "dst", "destination", "source", "src",
            "from", "ro", "readonly", "rw", "readwrite", "id", "sharing", "mode", "uid", "gid", "required", "env",
            "size");

    public static final Set<String> MOUNT_TYPES = Set.of("bind", "cache", "tmpfs", "secret", "ssh");

    /** Build args every build defines without an ARG. */
    public static final Set<String> PREDEFINED_ARGS = Set.of("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy",
            "FTP_PROXY", "ftp_proxy", "NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy", "BUILDPLATFORM", "BUILDOS",
            "BUILDARCH", "BUILDVARIANT", "TARGETPLATFORM", "TARGETOS", "TARGETARCH", "TARGETVARIANT",
            "TARGETSTAGE", "BUILDKIT_INLINE_CACHE", "BUILDKIT_SYNTAX", "BUILDKIT_CONTEXT_KEEP_GIT_DIR",
            "SOURCE_DATE_EPOCH", "BUILDKIT_MULTI_PLATFORM", "BUILDKIT_SANDBOX_HOSTNAME");

    /**
     * The automatic platform ARGs: BuildKit defines them in the global scope only, so FROM lines see them but a
     * stage reads an empty string until it declares them ({@code ARG TARGETARCH}, no value).
     */
    public static final Set<String> PLATFORM_ARGS = Set.of("BUILDPLATFORM", "BUILDOS", "BUILDARCH", "BUILDVARIANT",
            "TARGETPLATFORM", "TARGETOS", "TARGETARCH", "TARGETVARIANT");
}
