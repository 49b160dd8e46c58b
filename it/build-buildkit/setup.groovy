def lib = new GroovyShell().parse(new File(itLib))
lib.removeRepositories("it-bk/base", "it-bk/app", "it-bk/secret")
// The cache mount's content lives in the engine's BuildKit cache, keyed by the mount's target:
// a count left by an earlier run of this IT is cleared by the first build's own "n=1" check below.
return true
