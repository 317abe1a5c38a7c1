package dev.dockmentor.cli;

import dev.dockmentor.rules.FileKind;
import dev.dockmentor.rules.Finding;
import java.util.List;

/** The findings of one linted file, as formatters receive them. */
public record Output(String path, FileKind kind, List<Finding> findings) {}
