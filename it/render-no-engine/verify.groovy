def log = new File(basedir, "build.log").text
def site = new File(basedir, "target/dockerbox/it-render_site/Dockerfile").text
assert site.contains("FROM it-render/base:latest")
assert site.contains('LABEL version="next" project="io.dockerbox.it:render-no-engine:1.0"')
assert site.contains("RUN echo 'project.dev it'\"'\"'s' > /etc/server_name")
assert new File(basedir, "target/dockerbox/it-render_base/Dockerfile").text == "FROM " + base + "\n"
assert log.contains("it-render/site: rendered site/Dockerfile.ftl to target/dockerbox/it-render_site/Dockerfile")
assert log.contains("dockerbox: skipped (dockerbox.skip=true)")
assert log.contains("dockerbox: skipped (dockerbox.skipBuild=true)")
assert log.contains("dockerbox.skipBuild: 'yes' is neither true nor false; -Ddockerbox.skipBuild alone means true")
assert log.count("dockerbox: skipped (dockerbox.skip=true)") == 2
assert !log.contains("no Docker engine answered")
return true
