package dev.qsweep.search;

import static com.google.common.base.Preconditions.checkArgument;

import dev.qsweep.util.Numbers;
import io.jenetics.Alterer;
import io.jenetics.DoubleChromosome;
import io.jenetics.DoubleGene;
import io.jenetics.GaussianMutator;
import io.jenetics.Genotype;
import io.jenetics.Optimize;
import io.jenetics.Phenotype;
import io.jenetics.TournamentSelector;
import io.jenetics.UniformCrossover;
import io.jenetics.util.ISeq;
import io.jenetics.util.RandomRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A genetic algorithm over a search space, on Jenetics' selection, crossover and mutation: each
 * individual is one gene in {@code [0, 1)} per dimension; each generation's new individuals are one
 * batch; the best {@code elites} survive unchanged and keep their outcome, and so does any
 * individual whose genes equal a point trained before (breeding copies of the elites makes many).
 */
public final class GeneticSearch implements Strategy {
  /*
   * Reproducible at any thread count: generation g is bred on the calling thread inside
   * RandomRegistry.with(generator derived from (root seed, "genetic", g)), so every random draw
   * Jenetics makes comes from that generator, whatever else runs. Generation 0 is the first
   * `population` draws of the space, like random search. next() replays every generation from the
   * journaled outcomes, so a resumed search breeds the same individuals. A point is trained once:
   * a trial is a value, so training an individual equal to one trained before would only repeat
   * its rows (in TutorialGenetic, 8 of 25 configuration runs did, 32% of the env steps). A
   * generation with nothing new is bred on without a batch, so batch k may be a later generation.
   */

  /**
   * The algorithm's settings.
   *
   * @param population individuals per generation, at least 2
   * @param generations generations, generation 0 included, at least 1
   * @param elites the best individuals carried over unchanged, in [0, population)
   * @param tournament the tournament size of selection, in [2, population]
   * @param crossover the probability that a pair of parents is crossed, in [0, 1]
   * @param mutation the probability that a gene is mutated (Gaussian, clamped), in [0, 1]
   */
  public record Settings(
      int population,
      int generations,
      int elites,
      int tournament,
      double crossover,
      double mutation) {
    /** Checks every setting, naming the value that is not allowed. */
    public Settings {
      checkArgument(
          population >= 2, "genetic: population %s is not allowed; at least 2", population);
      checkArgument(
          generations >= 1, "genetic: generations %s is not allowed; at least 1", generations);
      checkArgument(
          elites >= 0 && elites < population,
          "genetic: elites %s is not allowed; it must be in [0, population %s)",
          elites,
          population);
      checkArgument(
          tournament >= 2 && tournament <= population,
          "genetic: tournament %s is not allowed; it must be in [2, population %s]",
          tournament,
          population);
      checkArgument(
          crossover >= 0 && crossover <= 1,
          "genetic: crossover probability %s is not allowed; it must be in [0, 1]",
          crossover);
      checkArgument(
          mutation >= 0 && mutation <= 1,
          "genetic: mutation probability %s is not allowed; it must be in [0, 1]",
          mutation);
    }
  }

  private final SearchSpace space;
  private final Settings settings;

  /** The genetic search over {@code space} with {@code settings}. */
  public GeneticSearch(SearchSpace space, Settings settings) {
    this.space = space;
    this.settings = settings;
  }

  @Override
  public String name() {
    return "genetic";
  }

  @Override
  public Map<String, String> settings() {
    Map<String, String> s = new LinkedHashMap<>();
    s.put("population", Integer.toString(settings.population()));
    s.put("generations", Integer.toString(settings.generations()));
    s.put("elites", Integer.toString(settings.elites()));
    s.put("tournament", Integer.toString(settings.tournament()));
    s.put("crossover", Numbers.format(settings.crossover()));
    s.put("mutation", Numbers.format(settings.mutation()));
    s.put(SearchSpace.SETTING, space.toString());
    return s;
  }

  @Override
  public Optional<Batch> next(List<List<Outcome>> done) {
    checkArgument(
        done.size() <= settings.generations(),
        "%s batches done; the search has %s generations",
        done.size(),
        settings.generations());
    Map<List<Double>, Outcome> known = new HashMap<>(); // every point trained so far, by genes
    List<Phenotype<DoubleGene, Outcome>> population = firstGeneration();
    int batch = 0;
    for (int g = 0; ; g++) {
      List<Proposal> proposals = proposals(population, known, g);
      if (!proposals.isEmpty()) {
        if (batch == done.size()) {
          return Optional.of(new Batch(batch, "generation " + g, proposals));
        }
        population = evaluated(population, done.get(batch), g, known);
        batch++;
      } else {
        // Every individual's point was trained before: nothing to train in this generation.
        population = evaluated(population, List.of(), g, known);
      }
      if (g + 1 == settings.generations()) {
        checkArgument(
            batch == done.size(), "%s batches done; the search ends after %s", done.size(), batch);
        return Optional.empty();
      }
      population = bred(population, g + 1);
    }
  }

  /**
   * Generation {@code g}'s proposals: its individuals not yet evaluated whose point was never
   * trained, each point once.
   */
  private List<Proposal> proposals(
      List<Phenotype<DoubleGene, Outcome>> population, Map<List<Double>, Outcome> known, int g) {
    List<Proposal> proposals = new ArrayList<>();
    Set<List<Double>> proposed = new HashSet<>();
    for (int i = 0; i < population.size(); i++) {
      Phenotype<DoubleGene, Outcome> p = population.get(i);
      if (p.nonEvaluated() && !known.containsKey(genes(p)) && proposed.add(genes(p))) {
        Point point = space.point(p.genotype().chromosome().as(DoubleChromosome.class).toArray());
        proposals.add(
            new Proposal(space.configuration(point, id(g, i), i, space.episodes()), 0, g));
      }
    }
    return proposals;
  }

  /** An individual's genes, as a key: equal genes are the same configuration, bit for bit. */
  private static List<Double> genes(Phenotype<DoubleGene, Outcome> p) {
    List<Double> genes = new ArrayList<>();
    for (double u : p.genotype().chromosome().as(DoubleChromosome.class).toArray()) {
      genes.add(u);
    }
    return genes;
  }

  private List<Phenotype<DoubleGene, Outcome>> firstGeneration() {
    List<Phenotype<DoubleGene, Outcome>> population = new ArrayList<>();
    for (int i = 0; i < settings.population(); i++) {
      population.add(Phenotype.of(genotype(space.draw(name(), i).units()), 0));
    }
    return population;
  }

  private static Genotype<DoubleGene> genotype(double[] units) {
    List<DoubleGene> genes = new ArrayList<>();
    for (double u : units) {
      genes.add(DoubleGene.of(u, 0, 1));
    }
    return Genotype.of(DoubleChromosome.of(genes));
  }

  /**
   * The population of generation {@code g} with the outcomes of its new individuals filled in: a
   * point trained before keeps its outcome, any other takes its own from {@code outcomes} (and is
   * added to {@code known}).
   */
  private List<Phenotype<DoubleGene, Outcome>> evaluated(
      List<Phenotype<DoubleGene, Outcome>> population,
      List<Outcome> outcomes,
      int g,
      Map<List<Double>, Outcome> known) {
    Map<String, Outcome> byId = new HashMap<>();
    for (Outcome o : outcomes) {
      checkArgument(
          byId.put(o.configId(), o) == null, "generation %s: %s answered twice", g, o.configId());
    }
    List<Phenotype<DoubleGene, Outcome>> result = new ArrayList<>();
    for (int i = 0; i < population.size(); i++) {
      Phenotype<DoubleGene, Outcome> p = population.get(i);
      if (p.nonEvaluated()) {
        Outcome o = known.get(genes(p));
        if (o == null) {
          o = byId.remove(id(g, i));
          checkArgument(o != null, "generation %s: no outcome for %s", g, id(g, i));
          known.put(genes(p), o);
        }
        p = p.withFitness(o);
      }
      result.add(p);
    }
    checkArgument(
        byId.isEmpty(),
        "generation %s: outcomes for %s, which it did not propose",
        g,
        byId.keySet());
    return result;
  }

  /** Generation {@code g}, bred from the evaluated generation {@code g - 1}. */
  private List<Phenotype<DoubleGene, Outcome>> bred(
      List<Phenotype<DoubleGene, Outcome>> parents, int g) {
    return RandomRegistry.with(
        SearchSeeds.generator(space.seed(), name() + "-generation", g),
        random -> {
          List<Phenotype<DoubleGene, Outcome>> ranked = new ArrayList<>(parents);
          ranked.sort((a, b) -> b.fitness().compareTo(a.fitness()));
          List<Phenotype<DoubleGene, Outcome>> next =
              new ArrayList<>(ranked.subList(0, settings.elites()));
          ISeq<Phenotype<DoubleGene, Outcome>> offspring =
              new TournamentSelector<DoubleGene, Outcome>(settings.tournament())
                  .select(
                      ISeq.of(parents),
                      settings.population() - settings.elites(),
                      Optimize.MAXIMUM);
          Alterer<DoubleGene, Outcome> alterer =
              Alterer.of(
                  new UniformCrossover<DoubleGene, Outcome>(settings.crossover()),
                  new GaussianMutator<DoubleGene, Outcome>(settings.mutation()));
          alterer.alter(offspring, g).population().forEach(next::add);
          return next;
        });
  }

  private static String id(int generation, int individual) {
    return String.format(Locale.ROOT, "g%03d-i%03d", generation, individual);
  }

  @Override
  public List<Stage> plan() {
    List<Stage> stages = new ArrayList<>();
    for (int g = 0; g < settings.generations(); g++) {
      int fresh = g == 0 ? settings.population() : settings.population() - settings.elites();
      stages.add(new Stage("generation " + g, fresh, (long) fresh * space.episodes()));
    }
    return stages;
  }
}
