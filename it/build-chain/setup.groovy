def lib = new GroovyShell().parse(new File(itLib))
lib.removeRepositories("it-chain/base", "it-chain/dev", "it-chain/other", "it-chain/site")
// A link out of the context, to a file with a known secret: it must travel as a link, never as the file.
def outside = new File(basedir.parentFile, "build-chain-outside.secret")
outside.text = "OUTSIDE-SECRET-42\n"
def link = new File(basedir, "source/www/outside.txt").toPath()
java.nio.file.Files.deleteIfExists(link)
java.nio.file.Files.createSymbolicLink(link, outside.toPath())
return true
