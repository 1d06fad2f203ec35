package io.ringside.core.util;

import java.io.IOException;

/** Failures handed over from another thread (a reader, a parser pool), thrown again in the caller. */
public final class Rethrow {

    private Rethrow() {
    }

    /**
     * The failure as the caller throws it: an {@link IOException} is returned for the caller to throw,
     * runtime exceptions and errors are thrown as they are, any other throwable is wrapped.
     */
    public static IOException io(Throwable t) {
        if (t instanceof IOException io) {
            return io;
        }
        if (t instanceof RuntimeException re) {
            throw re;
        }
        if (t instanceof Error er) {
            throw er;
        }
        return new IOException(t);
    }
}
