package io.dockerbox.engine;

import java.io.IOException;
import java.io.OutputStream;

/** A request body written as it is produced (a build context), sent in chunks. */
@FunctionalInterface
interface BodyWriter {
    void writeTo(OutputStream out) throws IOException;

    /**
     * What a body that cannot be read failed to do, after "could not ": the request's own
     * description unless the body names itself ({@link #sending}).
     */
    default String failing(String what) {
        return what;
    }

    /** A body whose read failure is told as "could not send {@code name}" whatever the request. */
    static BodyWriter sending(String name, BodyWriter body) {
        return new BodyWriter() {
            @Override
            public void writeTo(OutputStream out) throws IOException {
                body.writeTo(out);
            }

            @Override
            public String failing(String what) {
                return "send " + name;
            }
        };
    }
}
