def lib = new GroovyShell().parse(new File(itLib))
def log = lib.buildLog(basedir)
try {
    // settings.xml: decrypted by Maven's own machinery, used for push and for the new machine's pull
    assert log.contains("localhost:38951/it-auth/base: pushing tags 1, latest to localhost:38951 (as dbx, from settings.xml <server> localhost:38951)")
    assert log =~ /  localhost:38951\/it-auth\/site:latest: pushed/
    assert log =~ /  localhost:38951\/it-auth\/base:latest: pulled version 1 /
    assert log =~ /localhost:38951\/it-auth\/site: building version 1/
    // a wrong password: named, explained, and nothing printed of it
    assert log.contains("push of 127.0.0.1:38951/it-auth/wrong:1 to 127.0.0.1:38951 failed")
    assert log.contains("the registry refused the credentials of user dbx from settings.xml <server> 127.0.0.1:38951")
    // config.json
    assert log =~ /localhost:38952\/it-auth\/viaconfig: pushing tags 1, latest to localhost:38952 \(as dbx, from auths of .*docker-config\/config.json\)/
    // none at all
    assert log.contains("push of 127.0.0.1:38952/it-auth/anonymous:1 to 127.0.0.1:38952 failed")
    assert log.contains("the registry wants credentials: add a <server> with <id>127.0.0.1:38952</id> to settings.xml, or run docker login 127.0.0.1:38952")
    // missing in the registry: nothing tagged
    assert log.contains("pull of localhost:38951/it-auth/site:7 from localhost:38951 failed")
    assert log.contains("the registry has no localhost:38951/it-auth/site:7")
    assert !lib.imageExists("localhost:38951/it-auth/site:7")
    // secrets: neither password, nor the master password, nor an auth header, even with -X
    ["s3cret-dbx", "wrong-dbx-pw", "dbx-it-master"].each { assert !log.contains(it) : "secret printed: " + it }
    assert !(log =~ /X-Registry-Auth:\s*\S{8,}/)
    assert log.contains("[DEBUG]") : "the first invocation ran with -X"
} finally {
    lib.removeRepositories(*lib.shareAuthRepositories())
    ["auth1", "auth2"].each {
        ["bash", new File(itLib).parentFile.path + "/registry.sh", "stop", "/tmp/dockerbox-it-registry-" + it].execute().waitFor()
    }
}
return true
