package io.dockerbox.engine;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import okio.BufferedSink;
import okio.BufferedSource;

/**
 * gRPC's messages on one HTTP/2 stream: each behind a byte that says whether it is compressed (never,
 * here: no compression is offered) and its length, four bytes big-endian.
 */
final class GrpcMessages implements FileSync.Messages {
    /** Far above any message of file sync (a packet holds at most one 128 KiB chunk). */
    private static final int MAX = 16 << 20;
    private final BufferedSource in;
    private final BufferedSink out;

    GrpcMessages(BufferedSource in, BufferedSink out) {
        this.in = in;
        this.out = out;
    }

    @Override
    public byte[] read() throws IOException {
        if (in.exhausted()) {
            return null;
        }
        int compressed = in.readByte();
        long length = in.readInt() & 0xffffffffL;
        if (compressed != 0) {
            throw new IOException("a compressed gRPC message came, and no compression was offered");
        }
        if (length > MAX) {
            throw new IOException("a gRPC message of " + length + " bytes came, more than a file sync sends");
        }
        return in.readByteArray(length);
    }

    @Override
    public void write(byte[] message) throws IOException {
        out.writeByte(0);
        out.writeInt(message.length);
        out.write(message);
    }

    @Override
    public void write(byte[] head, ByteBuffer data) throws IOException {
        out.writeByte(0);
        out.writeInt(head.length + data.remaining());
        out.write(head);
        out.write(data);
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    /** Ends this side of the stream (the trailers, enqueued before, go with it). */
    void close() throws IOException {
        out.close();
    }

    /** grpc-message's encoding: printable ASCII but '%' as it is, every other byte of the UTF-8 as %XX. */
    static String percentEncoded(String message) {
        StringBuilder encoded = new StringBuilder(message.length());
        for (byte b : message.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 0x20 && c <= 0x7e && c != '%') {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16))).append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return encoded.toString();
    }
}
