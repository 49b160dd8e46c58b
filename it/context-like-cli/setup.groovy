def lib = new GroovyShell().parse(new File(itLib))
lib.removeRepositories("it-ctxcli/box", "it-ctxcli/cli")
// The tree is made here: git would keep neither the empty folder nor some of these names as they are.
def ctx = new File(basedir, "ctx")
ctx.deleteDir()
["app.txt", "a.txt", "b.txt", "c.txt", "x.tmp", "xy.tmp", "debug.log", "deep/er/trace.log", "deep/keep.txt",
 "secret/key.pem", "secret/keep.txt", "secret/sub/keep.txt", "dot-leading", "root-leading", "trailing-dir/f",
 "trailing-file", "docs/a.md", "docs/b.md", "docs/readme.txt"].each { name ->
    def f = new File(ctx, name)
    f.parentFile.mkdirs()
    f.text = name + "\n"
}
new File(ctx, "empty-dir").mkdirs()
// Each line a pattern form the CLI and moby treat in their own way (see docs/configuration.md, .dockerignore).
new File(ctx, ".dockerignore").text = """\
# a comment, and an empty line

**/*.log
?.tmp
[ab].txt
secret/
!secret/keep.txt
./dot-leading
/root-leading
trailing-dir/
docs/*.md
!docs/b.md
"""
return true
