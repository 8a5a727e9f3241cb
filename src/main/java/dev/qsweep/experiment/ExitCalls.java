package dev.qsweep.experiment;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * Finds, as the compiler attributes an experiment's files, a call of {@code System.exit}, {@code
 * Runtime.exit} or {@code Runtime.halt} (or a method reference to one): code that would end qsweep
 * without a word and leave a half-written results folder. Such a file is refused before any of it
 * runs, in one line naming the file and line.
 */
/*
 * Implementation note. The check runs on the attributed trees (TaskEvent.Kind.ANALYZE), so the
 * compiler's resolution says which method a call is: an alias, a static import, a variable of type
 * Runtime or a subclass's inherited method cannot hide it, and a user's own method named exit is not
 * mistaken for it. Calls made by reflection or by a library are beyond a compile-time check.
 */
final class ExitCalls implements TaskListener {
  private final Path file;
  private final Trees trees;
  private final Set<CompilationUnitTree> scanned = new HashSet<>();
  private String found;

  /** A check of the files {@code task} compiles, {@code file} being the experiment as given. */
  ExitCalls(Path file, JavacTask task) {
    this.file = file;
    this.trees = Trees.instance(task);
  }

  @Override
  public void finished(TaskEvent e) {
    if (e.getKind() != TaskEvent.Kind.ANALYZE
        || found != null
        || e.getCompilationUnit() == null
        || !scanned.add(e.getCompilationUnit())) {
      return;
    }
    CompilationUnitTree unit = e.getCompilationUnit();
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
        check(unit, node, new TreePath(getCurrentPath(), node.getMethodSelect()));
        return super.visitMethodInvocation(node, null);
      }

      @Override
      public Void visitMemberReference(MemberReferenceTree node, Void unused) {
        check(unit, node, getCurrentPath());
        return super.visitMemberReference(node, null);
      }
    }.scan(unit, null);
  }

  private void check(CompilationUnitTree unit, Tree node, TreePath path) {
    if (found != null) {
      return;
    }
    Element method = trees.getElement(path);
    if (method == null
        || method.getKind() != ElementKind.METHOD
        || !(method.getEnclosingElement() instanceof TypeElement owner)) {
      return;
    }
    String name = method.getSimpleName().toString();
    String type = owner.getQualifiedName().toString();
    boolean exits =
        (type.equals("java.lang.System") && name.equals("exit"))
            || (type.equals("java.lang.Runtime") && (name.equals("exit") || name.equals("halt")));
    if (!exits) {
      return;
    }
    long line =
        unit.getLineMap().getLineNumber(trees.getSourcePositions().getStartPosition(unit, node));
    Path source = Path.of(unit.getSourceFile().toUri());
    found =
        String.format(
            Locale.ROOT,
            "%s:%d: %s.%s would end qsweep and leave its results half-written; an experiment may"
                + " not call it (throw an exception instead: qsweep reports it in one line)",
            file.resolveSibling(source.getFileName().toString()),
            line,
            owner.getSimpleName(),
            name);
  }

  /** The refusal of the first exit call found, or null if there is none. */
  String found() {
    return found;
  }
}
