package io.dockerbox.engine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** HTTP/1.1 chunked transfer coding, both ways, and the header lines around it. */
final class Chunked {
    private Chunked() {}

    /** Writes each write as a chunk; remembers whether writing to the engine failed. */
    static final class Output extends OutputStream {
        private final OutputStream out;
        private boolean failed;

        Output(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return;
            }
            try {
                out.write((Integer.toHexString(len) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(b, off, len);
                out.write('\r');
                out.write('\n');
            } catch (IOException e) {
                failed = true;
                throw e;
            }
        }

        boolean failed() {
            return failed;
        }

        void finish() throws IOException {
            try {
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            } catch (IOException e) {
                failed = true;
                throw e;
            }
        }
    }

    /** Reads a chunked body, or one of a known length, as one stream. */
    static final class Input extends InputStream {
        private final InputStream in;
        private final boolean chunked;
        private long left;
        private boolean done;

        /** A chunked body. */
        Input(InputStream in) {
            this(in, true, 0);
        }

        private Input(InputStream in, boolean chunked, long length) {
            this.in = in;
            this.chunked = chunked;
            this.left = length;
        }

        static Input ofLength(InputStream in, long length) {
            return new Input(in, false, length);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (done || !chunked && left <= 0) {
                return -1;
            }
            if (left == 0) {
                String size = line(in);
                if (size == null) {
                    throw new IOException("the engine closed the connection in the middle of its answer");
                }
                int extension = size.indexOf(';');
                left = Long.parseLong((extension < 0 ? size : size.substring(0, extension)).trim(), 16);
                if (left == 0) {
                    done = true;
                    headers(in);
                    return -1;
                }
            }
            int n = in.read(b, off, (int) Math.min(len, left));
            if (n < 0) {
                throw new IOException("the engine closed the connection in the middle of its answer");
            }
            left -= n;
            if (chunked && left == 0 && line(in) == null) {
                throw new IOException("the engine closed the connection in the middle of its answer");
            }
            return n;
        }
    }

    /** A line without its CRLF, or null at the end of the stream. */
    static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(64);
        int b;
        while ((b = in.read()) >= 0) {
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
        }
        return null;
    }

    /** Header lines up to the empty one, names in lower case. */
    static Map<String, String> headers(InputStream in) throws IOException {
        Map<String, String> headers = new HashMap<>();
        String line;
        while ((line = line(in)) != null && !line.isEmpty()) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
        }
        return headers;
    }
}
