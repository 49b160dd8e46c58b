def lib = new GroovyShell().parse(new File(itLib))
def log = lib.buildLog(basedir)
try {
    // 1: built from 100 000 files; 2: unchanged, so up to date (nothing read but metadata); 3: the 2 GB file.
    assert log =~ /it-large\/box: built version 1 \(/
    assert log =~ /it-large\/box: up to date, version 1 \(/
    assert log =~ /it-large\/box: built version 2 \(/
    assert !log.contains("OutOfMemoryError")
    assert (log =~ /BUILD SUCCESS/).size() == 3
    assert lib.dockerOk("run", "--rm", "it-large/box:1") == "many files"
    assert lib.dockerOk("run", "--rm", "it-large/box:2") == "one big file"
} finally {
    lib.removeRepositories("it-large/box")
    new File(basedir, "many-files").deleteDir()
    new File(basedir, "one-big-file").deleteDir()
}
return true
