def log = new File(basedir, "build.log").text
assert log.contains("it-missing/box: its parent image 'localhost:1/it-missing/nothing:1' is not a box of <boxes> and not present in the engine")
assert log.contains("and Maven is offline (-o), so it is not pulled")
assert log.contains("and pulling it failed:")
assert log.contains("Build or load it first")
return true
