def lib = new GroovyShell().parse(new File(itLib))
def log = lib.buildLog(basedir)

// Run 1 built base, dev and site.
assert lib.imageExists("it-chain/base:1")
assert !lib.imageExists("it-chain/base:2") : "the base never changed, so it must never be rebuilt"
// "other" shares the base but is off the site's chain: only run 5 (-Ddockerbox.box) built it.
assert (log =~ /it-chain\/other: /).size() == 2 : "only run 5 touches the other box"
assert lib.label("it-chain/other:1", "dockerbox.parent") == "it-chain/base:1"
assert !lib.imageExists("it-chain/other:2")
assert lib.label("it-chain/base:1", "dockerbox.box") == "it-chain/base"
assert lib.label("it-chain/base:1", "dockerbox.version") == "1"
assert lib.label("it-chain/base:1", "dockerbox.parent") == base
assert lib.label("it-chain/base:1", "dockerbox.inputs") ==~ /sha256:[0-9a-f]{64}/
assert lib.imageId("it-chain/base:latest") == lib.imageId("it-chain/base:1")

// Run 2 built nothing: every box up to date, and no version 2 came of it.
assert (log =~ /it-chain\/base: up to date, version 1/).size() == 4
assert (log =~ /it-chain\/dev: up to date, version 1/).size() == 1

// Run 3: the dev box's motd changed, so dev and site were rebuilt on top of it.
assert lib.imageExists("it-chain/dev:2")
assert lib.label("it-chain/dev:2", "dockerbox.parent") == "it-chain/base:1"
assert lib.dockerOk("run", "--rm", "it-chain/dev:2", "cat", "/etc/motd") == "changed by the touch profile"
assert lib.label("it-chain/site:2", "dockerbox.parent") == "it-chain/dev:2"
assert lib.label("it-chain/site:2", "it.box.version") == "2"
assert lib.label("it-chain/site:1", "dockerbox.inputs") != lib.label("it-chain/site:2", "dockerbox.inputs")

// Run 4: -Ddockerbox.from put the site onto the base box; older versions are all kept.
assert lib.label("it-chain/site:3", "dockerbox.parent") == "it-chain/base:1"
assert lib.imageId("it-chain/site:latest") == lib.imageId("it-chain/site:3")
assert lib.imageExists("it-chain/site:1") && lib.imageExists("it-chain/site:2")
assert !lib.imageExists("it-chain/site:4")

// The template saw settings, project, build args; the secret setting never reached the log.
def site = lib.dockerOk("run", "--rm", "it-chain/site:latest", "cat", "/etc/box/site")
assert site == "db project for build-chain at project.dev"
assert !log.contains("s3cr3t-pw")
assert !log.contains("plain-named-pw") : "a setting named in <secrets> is masked"
assert log.contains('echo "**** ****" > /etc/box/credentials')
def rendered = new File(basedir, "target/dockerbox/it-chain_site/Dockerfile").text
assert rendered.contains("FROM it-chain/base:1")
assert rendered.contains("ENV DB_NAME=project WWW_ROOT=/source/www")
assert new File(basedir, "target/dockerbox/it-chain_dev/Dockerfile").text.contains("FROM it-chain/base:1")

// .dockerignore: ignored files are not in the image, the exception is.
def files = lib.dockerOk("run", "--rm", "it-chain/site:latest", "find", "/source").readLines() as Set
assert files.contains("/source/www/index.php")
assert files.contains("/source/www/private/keep.txt")
assert !files.contains("/source/www/private/drop.txt")
assert !files.contains("/source/www/db.secret")
// ... in no layer of the image at all (docker save: the layers as plain tars), and a link out of the
// context travelled as a link: the file it points to is in no layer either.
def saved = new File(basedir, "target/site-image.tar")
assert lib.docker("save", "-o", saved.path, "it-chain/site:latest").code == 0
def bytes = new String(saved.bytes, "ISO-8859-1")
assert !bytes.contains("TOP-SECRET-VALUE") : "an ignored file's content is in a layer"
assert !bytes.contains("OUTSIDE-SECRET-42") : "a file outside the context is in a layer"
saved.delete()
assert lib.dockerOk("run", "--rm", "it-chain/site:latest", "readlink", "/source/www/outside.txt").endsWith("build-chain-outside.secret")

// File modes travel with the context: an executable script stays executable.
assert lib.dockerOk("run", "--rm", "it-chain/site:latest", "/source/bin/hello.sh") == "hello from an executable script"

// The build output was streamed, and a summary closed each run.
assert log.contains("Step 1/")
assert log.contains("dockerbox summary:")
assert !log.contains("WARNING") || !log.contains("says FROM") : "a plain Dockerfile naming its <from> needs no warning"

lib.removeRepositories("it-chain/base", "it-chain/dev", "it-chain/other", "it-chain/site")
return true
