def lib = new GroovyShell().parse(new File(itLib))
lib.removeRepositories("it-bk/base", "it-bk/app", "it-bk/secret", "it-bk/stages", "it-bk/tool", "it-bk/k1", "it-bk/k2")
// A stage image that no registry ever held (no repository digest), as one built or loaded here.
lib.dockerOk("tag", "dockerbox/busybox:1", "it-bk/tool:1")
// Both builders keep a build cache that outlives the images: a value new to this run makes every
// step run again. The cache mount's count goes on from earlier runs; verify.groovy reads where it starts.
["app", "stages", "k1"].each { new File(basedir, "boxes/${it}/nonce").text = UUID.randomUUID().toString() + "\n" }
return true
