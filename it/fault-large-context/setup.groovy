// The contexts are made here, not kept in Git: 100 000 small files in 100 folders, and one 2 GB file
// (sparse on disk, but read and sent as 2 GB like any other).
def lib = new GroovyShell().parse(new File(itLib))
lib.removeRepositories("it-large/box")
def many = new File(basedir, "many-files")
many.mkdirs()
new File(many, "marker.txt").text = "many files\n"
for (int d = 0; d < 100; d++) {
    def dir = new File(many, String.format("d%03d", d))
    dir.mkdirs()
    for (int f = 0; f < 1000; f++) {
        java.nio.file.Files.writeString(new File(dir, String.format("f%04d.txt", f)).toPath(), "file " + d + "/" + f + "\n")
    }
}
def big = new File(basedir, "one-big-file")
big.mkdirs()
new File(big, "marker.txt").text = "one big file\n"
new RandomAccessFile(new File(big, "big.bin"), "rw").withCloseable { it.setLength(2L * 1024 * 1024 * 1024) }
return true
