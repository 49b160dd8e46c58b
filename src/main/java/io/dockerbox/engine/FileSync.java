package io.dockerbox.engine;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.CodedOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The sending side of BuildKit's file sync ({@code /moby.filesync.v1.FileSync/DiffCopy}, fsutil's
 * protocol): every entry's stat goes first, in the order fsutil walks (each folder's names sorted,
 * a folder's content right after it), then an empty stat; BuildKit compares them with what it kept
 * from the last build of the same context and asks only for the files that changed (a REQ with the
 * entry's index), which go as DATA packets, an empty one ending each; a FIN from BuildKit is answered
 * with a FIN. Each message is one fsutil {@code Packet}, written and read with protobuf's wire
 * classes (the two small messages are not worth generated code; see docs/design.md).
 */
final class FileSync {
    static final int STAT = 0;
    static final int REQ = 1;
    static final int DATA = 2;
    static final int FIN = 3;
    static final int ERR = 4;
    /** Go's os.FileMode bits for a folder and a symbolic link; the permissions are the low nine bits, as in Unix. */
    static final int GO_MODE_DIR = 1 << 31;
    static final int GO_MODE_SYMLINK = 1 << 27;
    private static final int CHUNK = 128 * 1024;

    /** One direction of a gRPC stream, a whole message at a time. */
    interface Messages {
        /** The next message, or null when the other side has ended its stream. */
        byte[] read() throws IOException;

        void write(byte[] message) throws IOException;

        /** One message made of {@code head} and the remaining bytes of {@code data}, written without joining them first. */
        void write(byte[] head, ByteBuffer data) throws IOException;

        void flush() throws IOException;
    }

    /** What one sync sent, for the build's line: of the files listed, how many BuildKit asked for, and their bytes. */
    record Sent(int listedFiles, int sentFiles, long bytes) {}

    private FileSync() {}

    static Sent send(List<SessionFiles.Entry> listed, Messages stream) throws IOException {
        List<SessionFiles.Entry> entries = new ArrayList<>(listed);
        entries.sort(Comparator.comparing(SessionFiles.Entry::path, FileSync::compareWalkOrder));
        for (SessionFiles.Entry entry : entries) {
            stream.write(packet(STAT, 0, stat(entry), null));
        }
        stream.write(packet(STAT, 0, null, null));
        stream.flush();
        int files = 0;
        long bytes = 0;
        // Read by the channel straight into memory outside the heap: a file's bytes are copied once on
        // their way to the stream (a 200 MB context is 1 600 chunks).
        ByteBuffer buffer = ByteBuffer.allocateDirect(CHUNK);
        while (true) {
            byte[] message = stream.read();
            if (message == null) {
                throw new IOException("BuildKit ended the file sync without finishing it");
            }
            Packet p = Packet.parse(message);
            switch (p.type()) {
                case REQ -> {
                    if (p.id() < 0 || p.id() >= entries.size() || entries.get(p.id()).kind() != SessionFiles.Entry.Kind.FILE) {
                        throw new IOException("BuildKit asked for entry " + p.id() + ", which is not a file of the " + entries.size() + " sent");
                    }
                    SessionFiles.Entry file = entries.get(p.id());
                    try (FileChannel in = FileChannel.open(file.file())) {
                        int n;
                        while ((n = read(in, buffer, file)) > 0) {
                            stream.write(dataHead(p.id(), n), buffer);
                            bytes += n;
                        }
                    } catch (java.nio.file.NoSuchFileException e) {
                        throw new IOException("cannot read " + file.file() + ": it was deleted after the build listed it", e);
                    } catch (java.nio.file.AccessDeniedException e) {
                        throw new IOException("cannot read " + file.file() + ": permission denied", e);
                    }
                    stream.write(packet(DATA, p.id(), null, null));
                    stream.flush();
                    files++;
                }
                case FIN -> {
                    stream.write(packet(FIN, 0, null, null));
                    stream.flush();
                    int listedFiles = (int) entries.stream().filter(e -> e.kind() == SessionFiles.Entry.Kind.FILE).count();
                    return new Sent(listedFiles, files, bytes);
                }
                case ERR -> throw new IOException("BuildKit failed to receive the files: " + new String(p.data(), StandardCharsets.UTF_8));
                default -> {
                    // Other packets (hash requests of newer versions) are not asked of a sender that announces none.
                }
            }
        }
    }

    /**
     * Fills {@code buffer} from a context file (less only at its end) and flips it for reading; what
     * goes wrong is named with the file, not with the stream.
     */
    private static int read(FileChannel in, ByteBuffer buffer, SessionFiles.Entry file) throws IOException {
        buffer.clear();
        try {
            while (buffer.hasRemaining() && in.read(buffer) >= 0) {
                // until the chunk is full or the file ends
            }
        } catch (IOException e) {
            throw new IOException("cannot read " + file.file() + ": " + e.getMessage(), e);
        }
        buffer.flip();
        return buffer.remaining();
    }

    /**
     * fsutil's walk order: names compared by code point (Go compares UTF-8 bytes, which orders the
     * same), folder by folder, so that {@code a/b} comes before {@code a.b} ('/' ends a name).
     */
    static int compareWalkOrder(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return ca == '/' ? -1 : cb == '/' ? 1 : Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** fsutil's {@code Stat}; owners are 0, as the docker CLI sends them (its files are root's in the image). */
    static byte[] stat(SessionFiles.Entry entry) throws IOException {
        int mode = entry.permissions() & 07777;
        if (entry.kind() == SessionFiles.Entry.Kind.DIRECTORY) {
            mode |= GO_MODE_DIR;
        } else if (entry.kind() == SessionFiles.Entry.Kind.SYMLINK) {
            mode |= GO_MODE_SYMLINK;
        }
        long nanos = entry.modifiedMillis() * 1_000_000L;
        boolean file = entry.kind() == SessionFiles.Entry.Kind.FILE;
        boolean link = entry.kind() == SessionFiles.Entry.Kind.SYMLINK;
        // Into an array of the exact size: a context of 100 000 entries is 100 000 stats.
        byte[] stat = new byte[CodedOutputStream.computeStringSize(1, entry.path()) + CodedOutputStream.computeUInt32Size(2, mode)
                + (file ? CodedOutputStream.computeInt64Size(5, entry.size()) : 0) + CodedOutputStream.computeInt64Size(6, nanos)
                + (link ? CodedOutputStream.computeStringSize(7, entry.linkTarget()) : 0)];
        CodedOutputStream out = CodedOutputStream.newInstance(stat);
        out.writeString(1, entry.path());
        out.writeUInt32(2, mode);
        if (file) {
            out.writeInt64(5, entry.size());
        }
        out.writeInt64(6, nanos);
        if (link) {
            out.writeString(7, entry.linkTarget());
        }
        out.checkNoSpaceLeft();
        return stat;
    }

    static byte[] packet(int type, int id, byte[] stat, byte[] data) throws IOException {
        boolean hasData = data != null && data.length > 0;
        byte[] packet = new byte[(type == 0 ? 0 : CodedOutputStream.computeEnumSize(1, type))
                + (stat == null ? 0 : CodedOutputStream.computeByteArraySize(2, stat)) + (id == 0 ? 0 : CodedOutputStream.computeUInt32Size(3, id))
                + (hasData ? CodedOutputStream.computeByteArraySize(4, data) : 0)];
        CodedOutputStream out = CodedOutputStream.newInstance(packet);
        if (type != 0) {
            out.writeEnum(1, type);
        }
        if (stat != null) {
            out.writeByteArray(2, stat);
        }
        if (id != 0) {
            out.writeUInt32(3, id);
        }
        if (hasData) {
            out.writeByteArray(4, data);
        }
        out.checkNoSpaceLeft();
        return packet;
    }

    /** What comes before the {@code n} bytes of a DATA packet: its type, the file's id, the data's tag and length. */
    static byte[] dataHead(int id, int n) throws IOException {
        int size = CodedOutputStream.computeEnumSize(1, DATA) + (id == 0 ? 0 : CodedOutputStream.computeUInt32Size(3, id))
                + CodedOutputStream.computeTagSize(4) + CodedOutputStream.computeUInt32SizeNoTag(n);
        byte[] head = new byte[size];
        CodedOutputStream out = CodedOutputStream.newInstance(head);
        out.writeEnum(1, DATA);
        if (id != 0) {
            out.writeUInt32(3, id);
        }
        out.writeTag(4, com.google.protobuf.WireFormat.WIRETYPE_LENGTH_DELIMITED);
        out.writeUInt32NoTag(n);
        out.checkNoSpaceLeft();
        return head;
    }

    /** The fields of a packet a sender reads. */
    record Packet(int type, int id, byte[] data) {
        static Packet parse(byte[] message) throws IOException {
            CodedInputStream in = CodedInputStream.newInstance(message);
            int type = 0;
            int id = 0;
            byte[] data = new byte[0];
            int tag;
            while ((tag = in.readTag()) != 0) {
                switch (tag >>> 3) {
                    case 1 -> type = in.readEnum();
                    case 3 -> id = in.readUInt32();
                    case 4 -> data = in.readByteArray();
                    default -> in.skipField(tag);
                }
            }
            return new Packet(type, id, data);
        }
    }
}
