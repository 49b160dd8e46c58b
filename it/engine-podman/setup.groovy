// Podman's API service on a socket of this IT's own, with the busybox base loaded from Docker.
// Without podman the IT fails with podman.sh's message: it must not pass by testing nothing.
def p = new ProcessBuilder("bash", new File(basedir, "podman.sh").path, "start", base).directory(basedir).redirectErrorStream(true).start()
def out = p.inputStream.text
assert p.waitFor() == 0 : "could not start Podman for this IT: ${out}"
// A registry of its own for push and pull (Debian's docker-registry, plain HTTP on loopback).
def r = ["bash", new File(itLib).parentFile.path + "/registry.sh", "plain", "38956", "/tmp/dockerbox-it-registry-podman"].execute()
def rout = new StringBuilder()
r.waitForProcessOutput(rout, rout)
assert r.exitValue() == 0 : "could not start the registry: ${rout}"
return true
