// Archetypes do not keep file modes: the launcher must be executable for `./mvnw package` to work as the README says.
def site = new File(request.outputDirectory, request.artifactId)
new File(site, 'mvnw').setExecutable(true, false)
