// Podman's API service on a socket of this IT's own, with the busybox base loaded from Docker.
// Without podman the IT fails with podman.sh's message: it must not pass by testing nothing.
def p = new ProcessBuilder("bash", new File(basedir, "podman.sh").path, "start", base).directory(basedir).redirectErrorStream(true).start()
def out = p.inputStream.text
assert p.waitFor() == 0 : "could not start Podman for this IT: ${out}"
return true
