package io.dockerbox.engine;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.WireFormat;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One message of BuildKit's progress, as the engine streams it during a {@code version=2} build
 * ({@code {"id":"moby.buildkit.trace","aux":"<base64>"}}): moby/buildkit's {@code StatusResponse}
 * (api/services/control/control.proto). Read with protobuf's wire reader, field by field, so only the
 * fields dockerbox shows are named here and any other, present or future, is skipped.
 */
record BuildKitTrace(List<Vertex> vertexes, List<Status> statuses, List<Log> logs) {

    /** A step (field numbers of control.proto's Vertex). */
    record Vertex(String digest, String name, boolean cached, Instant started, Instant completed, String error) {}

    /**
     * The progress of a part of a step (VertexStatus), such as {@code transferring context:} or
     * {@code exporting layers}: {@code id} names it, {@code current} and {@code total} count its bytes
     * (0 when it counts none or knows no end), {@code timestamp} is when BuildKit sent this state of it.
     */
    record Status(String id, String vertex, long current, long total, Instant timestamp, Instant started, Instant completed) {}

    /** Output of a step (VertexLog): {@code stream} 1 is stdout, 2 stderr. */
    record Log(String vertex, long stream, byte[] message) {}

    static BuildKitTrace decode(byte[] bytes) throws IOException {
        CodedInputStream in = CodedInputStream.newInstance(bytes);
        List<Vertex> vertexes = new ArrayList<>();
        List<Status> statuses = new ArrayList<>();
        List<Log> logs = new ArrayList<>();
        int tag;
        while ((tag = in.readTag()) != 0) {
            switch (WireFormat.getTagFieldNumber(tag)) {
                case 1 -> vertexes.add(vertex(in.readBytes().newCodedInput()));
                case 2 -> statuses.add(status(in.readBytes().newCodedInput()));
                case 3 -> logs.add(log(in.readBytes().newCodedInput()));
                default -> in.skipField(tag);  // 4 warnings
            }
        }
        return new BuildKitTrace(vertexes, statuses, logs);
    }

    private static Status status(CodedInputStream in) throws IOException {
        String id = null;
        String vertex = null;
        long current = 0;
        long total = 0;
        Instant timestamp = null;
        Instant started = null;
        Instant completed = null;
        int tag;
        while ((tag = in.readTag()) != 0) {
            switch (WireFormat.getTagFieldNumber(tag)) {
                case 1 -> id = in.readString();
                case 2 -> vertex = in.readString();
                case 4 -> current = in.readInt64();
                case 5 -> total = in.readInt64();
                case 6 -> timestamp = timestamp(in.readBytes().newCodedInput());
                case 7 -> started = timestamp(in.readBytes().newCodedInput());
                case 8 -> completed = timestamp(in.readBytes().newCodedInput());
                default -> in.skipField(tag);  // 3 name
            }
        }
        return new Status(id, vertex, current, total, timestamp, started, completed);
    }

    private static Vertex vertex(CodedInputStream in) throws IOException {
        String digest = null;
        String name = null;
        boolean cached = false;
        Instant started = null;
        Instant completed = null;
        String error = null;
        int tag;
        while ((tag = in.readTag()) != 0) {
            switch (WireFormat.getTagFieldNumber(tag)) {
                case 1 -> digest = in.readString();
                case 3 -> name = in.readString();
                case 4 -> cached = in.readBool();
                case 5 -> started = timestamp(in.readBytes().newCodedInput());
                case 6 -> completed = timestamp(in.readBytes().newCodedInput());
                case 7 -> error = in.readString();
                default -> in.skipField(tag);  // 2 inputs, 8 progress group
            }
        }
        return new Vertex(digest, name, cached, started, completed, error == null || error.isEmpty() ? null : error);
    }

    private static Log log(CodedInputStream in) throws IOException {
        String vertex = null;
        long stream = 0;
        byte[] message = new byte[0];
        int tag;
        while ((tag = in.readTag()) != 0) {
            switch (WireFormat.getTagFieldNumber(tag)) {
                case 1 -> vertex = in.readString();
                case 3 -> stream = in.readInt64();
                case 4 -> message = in.readByteArray();
                default -> in.skipField(tag);  // 2 timestamp
            }
        }
        return new Log(vertex, stream, message);
    }

    /** google.protobuf.Timestamp: seconds and nanos since the epoch. */
    private static Instant timestamp(CodedInputStream in) throws IOException {
        long seconds = 0;
        int nanos = 0;
        int tag;
        while ((tag = in.readTag()) != 0) {
            switch (WireFormat.getTagFieldNumber(tag)) {
                case 1 -> seconds = in.readInt64();
                case 2 -> nanos = in.readInt32();
                default -> in.skipField(tag);
            }
        }
        return Instant.ofEpochSecond(seconds, nanos);
    }
}
