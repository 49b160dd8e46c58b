def log = new File(basedir, "build.log").text
assert log.contains("it-missing/box: its parent image 'localhost:1/it-missing/nothing:1' is not a box of <boxes> and not present in the engine")
assert log.contains("and pulling is off (Maven offline, or -Ddockerbox.pull=never)")
assert log.contains("and pulling it failed:")
assert log.contains("Build or load it first")
return true
