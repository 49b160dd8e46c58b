package io.dockerbox.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.CodedInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSyncTest {
    @TempDir
    Path dir;

    /** Plays BuildKit's side: answers with the given packets once the stats are in, records what was sent. */
    private static final class Receiver implements FileSync.Messages {
        final List<byte[]> written = new ArrayList<>();
        final Deque<byte[]> answers = new ArrayDeque<>();

        @Override
        public byte[] read() {
            return answers.poll();
        }

        @Override
        public void write(byte[] message) {
            written.add(message);
        }

        /** Joined, as the engine reads it. */
        @Override
        public void write(byte[] head, java.nio.ByteBuffer data) {
            byte[] message = new byte[head.length + data.remaining()];
            System.arraycopy(head, 0, message, 0, head.length);
            data.get(message, head.length, data.remaining());
            written.add(message);
        }

        @Override
        public void flush() {}
    }

    private static SessionFiles.Entry file(String path, Path on) throws IOException {
        return new SessionFiles.Entry(path, SessionFiles.Entry.Kind.FILE, 0644, Files.size(on), 1_700_000_000_123L, null, on);
    }

    private static SessionFiles.Entry folder(String path) {
        return new SessionFiles.Entry(path, SessionFiles.Entry.Kind.DIRECTORY, 0755, 0, 0, null, null);
    }

    /** A stat packet's path, mode, size and time, as BuildKit's receiver reads them. */
    private static List<Object> stat(byte[] packet) throws IOException {
        CodedInputStream in = CodedInputStream.newInstance(packet);
        assertEquals(2 << 3 | 2, in.readTag(), "a STAT packet holds only its stat (type 0 is the default, left out)");
        CodedInputStream stat = CodedInputStream.newInstance(in.readByteArray());
        List<Object> fields = new ArrayList<>();
        int tag;
        while ((tag = stat.readTag()) != 0) {
            switch (tag >>> 3) {
                case 1 -> fields.add(stat.readString());
                case 2 -> fields.add(Integer.toOctalString(stat.readUInt32()));
                case 5, 6 -> fields.add(stat.readInt64());
                case 7 -> fields.add("-> " + stat.readString());
                default -> throw new AssertionError("field " + (tag >>> 3));
            }
        }
        return fields;
    }

    @Test
    void folderByFolderNamesSortedAsFsutilWalks() {
        List<String> paths = new ArrayList<>(List.of("a.b", "a/z", "a", "B", "a/b/c", "a/b", "é", "z"));
        paths.sort(FileSync::compareWalkOrder);
        // 'B' (0x42) before 'a'; a folder's content right after it, before "a.b" although '.' < '/'
        assertEquals(List.of("B", "a", "a/b", "a/b/c", "a/z", "a.b", "z", "é"), paths);
    }

    @Test
    void statsGoFirstThenTheRequestedFilesInChunksThenFin() throws Exception {
        Path small = Files.writeString(dir.resolve("small"), "hello");
        byte[] big = new byte[300_000];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) i;
        }
        Path large = Files.write(dir.resolve("large"), big);
        Receiver buildKit = new Receiver();
        // Entries in the caller's order; ids are the places in fsutil's: 0 d, 1 d/large, 2 d/small, 3 link
        buildKit.answers.add(FileSync.packet(FileSync.REQ, 2, null, null));
        buildKit.answers.add(FileSync.packet(FileSync.REQ, 1, null, null));
        buildKit.answers.add(FileSync.packet(FileSync.FIN, 0, null, null));
        FileSync.Sent sent = FileSync.send(List.of(file("d/small", small),
                new SessionFiles.Entry("link", SessionFiles.Entry.Kind.SYMLINK, 0777, 0, 5, "d/small", null), folder("d"), file("d/large", large)),
                buildKit);

        assertEquals(new FileSync.Sent(2, 2, 300_005), sent);
        List<byte[]> out = buildKit.written;
        assertEquals(List.of("d", "20000000755", 0L), stat(out.get(0)), "Go's ModeDir bit, no size; a folder's time as given");
        assertEquals(List.of("d/large", "644", 300_000L, 1_700_000_000_123_000_000L), stat(out.get(1)), "times in nanoseconds");
        assertEquals(List.of("d/small", "644", 5L, 1_700_000_000_123_000_000L), stat(out.get(2)));
        assertEquals(List.of("link", "1000000777", 5_000_000L, "-> d/small"), stat(out.get(3)), "Go's ModeSymlink bit and the target");
        assertEquals(0, out.get(4).length, "an empty STAT packet ends the listing");
        // d/small: one chunk, then an empty DATA packet for its end
        assertPacket(out.get(5), FileSync.DATA, 2, "hello".getBytes(StandardCharsets.UTF_8));
        assertPacket(out.get(6), FileSync.DATA, 2, new byte[0]);
        // d/large: 128 KiB chunks, in order
        byte[] received = new byte[0];
        int i = 7;
        for (; FileSync.Packet.parse(out.get(i)).data().length > 0; i++) {
            FileSync.Packet p = FileSync.Packet.parse(out.get(i));
            assertEquals(1, p.id());
            assertTrue(p.data().length <= 128 * 1024);
            received = concat(received, p.data());
        }
        assertArrayEquals(big, received);
        assertPacket(out.get(i + 1), FileSync.FIN, 0, new byte[0]);
        assertEquals(i + 2, out.size());
    }

    @Test
    void aRequestForSomethingThatIsNotAFileAndAReceiverErrorEndTheSync() throws Exception {
        Receiver buildKit = new Receiver();
        buildKit.answers.add(FileSync.packet(FileSync.REQ, 0, null, null));
        IOException notAFile = assertThrows(IOException.class, () -> FileSync.send(List.of(folder("d")), buildKit));
        assertEquals("BuildKit asked for entry 0, which is not a file of the 1 sent", notAFile.getMessage());

        Receiver failing = new Receiver();
        failing.answers.add(FileSync.packet(FileSync.ERR, 0, null, "disk full".getBytes(StandardCharsets.UTF_8)));
        assertEquals("BuildKit failed to receive the files: disk full",
                assertThrows(IOException.class, () -> FileSync.send(List.of(), failing)).getMessage());

        Receiver gone = new Receiver();
        assertEquals("BuildKit ended the file sync without finishing it", assertThrows(IOException.class, () -> FileSync.send(List.of(), gone)).getMessage());
    }

    @Test
    void aDataPacketsHeadAndItsDataAreTheGeneralEncoding() throws Exception {
        byte[] chunk = "abc".getBytes(StandardCharsets.UTF_8);
        for (int id : new int[] {0, 300}) {
            Receiver joined = new Receiver();
            joined.write(FileSync.dataHead(id, 3), java.nio.ByteBuffer.wrap(chunk));
            assertArrayEquals(FileSync.packet(FileSync.DATA, id, null, chunk), joined.written.get(0));
        }
    }

    @Test
    void theBuildSaysWhatTheSessionSent() {
        assertEquals("context: nothing sent; BuildKit had all 12 files it asked about from its last build of this box",
                BuildCall.sentLine(new FileSync.Sent(12, 0, 0)));
        assertEquals("context: 1 of 5002 files sent (0.0 MB); BuildKit had the rest from its last build of this box",
                BuildCall.sentLine(new FileSync.Sent(5002, 1, 40_000)));
        assertEquals("context: all 5002 files sent (200.0 MB)", BuildCall.sentLine(new FileSync.Sent(5002, 5002, 200_000_000)));
    }

    @Test
    void grpcMessagesPercentEncodeWhatIsNotPrintableAscii() {
        assertEquals("cannot read a%25b: caf%C3%A9%0Aend", GrpcMessages.percentEncoded("cannot read a%b: café\nend"));
    }

    private static void assertPacket(byte[] packet, int type, int id, byte[] data) throws IOException {
        FileSync.Packet p = FileSync.Packet.parse(packet);
        assertEquals(type, p.type());
        assertEquals(id, p.id());
        assertArrayEquals(data, p.data());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
