// Gradle build of the IntelliJ plugin, for machines that reach JetBrains' hosts (the IDE and LSP4IJ come from there).
// Not run in this project's CI: Maven compiles and tests src/main/java (the platform-free logic) instead.
plugins {
    java
    id("org.jetbrains.intellij.platform") version "2.7.2"
}

group = "dev.dockmentor"
version = "0.1.0"   // = the Maven project version

repositories {
    mavenCentral()
    intellijPlatform { defaultRepositories() }
}

java { toolchain { languageVersion.set(JavaLanguageVersion.of(17)) } }

sourceSets {
    main {
        java.srcDirs("src/main/java", "src/platform/java")
        resources.srcDirs("src/platform/resources")
    }
}

dependencies {
    intellijPlatform {
        intellijIdeaCommunity("2024.3")
        plugin("com.redhat.devtools.lsp4ij:0.14.2")
    }
    testImplementation("org.junit.jupiter:junit-jupiter:5.11.4")
}

intellijPlatform {
    pluginConfiguration {
        ideaVersion { sinceBuild = "243" }
    }
}

// Bundle the shaded server jar (build it first: mvn -pl server -am package) as <plugin>/server/dockmentor.jar.
tasks.named<org.jetbrains.intellij.platform.gradle.tasks.PrepareSandboxTask>("prepareSandbox") {
    from("../server/target/dockmentor.jar") { into("${rootProject.name}/server") }
}
