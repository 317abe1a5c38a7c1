rootProject.name = "dockmentor-intellij"
