package dev.dockmentor.engine;

import java.util.concurrent.CancellationException;

/** Polled between rules so a newer edit can stop stale work early. */
@FunctionalInterface
public interface Cancel {
    Cancel NEVER = () -> false;

    boolean isCancelled();

    default void check() {
        if (isCancelled()) throw new CancellationException();
    }
}
