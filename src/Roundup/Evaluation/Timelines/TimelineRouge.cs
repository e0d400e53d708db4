namespace Roundup.Evaluation.Timelines;

/// <summary>
/// Timeline ROUGE as the timeline-summarization literature reports it (Martschat and Markert 2017, the <c>tilse</c>
/// library): <c>concat</c>, <c>agreement</c>, <c>align_date_costs</c>, <c>align_date_content_costs</c> and
/// <c>align_date_content_costs_many_to_one</c> ROUGE-1 and ROUGE-2 (ROUGE-1.5.5 with Porter stemming and SMART
/// stopwords removed, hits and counts summed over dates before dividing), and date F1. Conformance with tilse's own
/// numbers is tested.
/// </summary>
public sealed class TimelineRouge
{
    /// <summary>The measures, in the order the literature reports them.</summary>
    public static IReadOnlyList<string> Metrics { get; } =
        ["concat", "agreement", "align_date_costs", "align_date_content_costs", "align_date_content_costs_many_to_one"];

    private readonly Rouge _rouge = new(new RougeOptions { Stem = true, RemoveStopwords = true, MaxN = 2 });

    /// <summary>Scores <paramref name="predicted"/> against one or more <paramref name="references"/>.</summary>
    public TimelineEvaluation Evaluate(IReadOnlyList<DatedSummary> predicted, IReadOnlyList<IReadOnlyList<DatedSummary>> references)
    {
        if (references.Count == 0)
        {
            throw new ArgumentException("At least one reference timeline is needed.", nameof(references));
        }
        var pred = ByDate(predicted);
        var refs = references.Select(ByDate).ToList();
        var refDates = refs.SelectMany(r => r.Keys).Distinct().Order().ToList();
        var scores = new List<TimelineScore>
        {
            Concat(pred, refs),
            Agreement(pred, refs, refDates),
            Aligned("align_date_costs", pred, refs, refDates, content: false, Assignment.Solve),
            Aligned("align_date_content_costs", pred, refs, refDates, content: true, Assignment.Solve),
            Aligned("align_date_content_costs_many_to_one", pred, refs, refDates, content: true, Assignment.Cheapest),
        };
        return Dates(pred, refDates, scores);
    }

    private static TimelineEvaluation Dates(SortedDictionary<DateOnly, List<string>> pred, List<DateOnly> refDates, List<TimelineScore> scores)
    {
        if (pred.Count == 0 || refDates.Count == 0)
        {
            return new TimelineEvaluation(scores, RougeScore.Zero, "no predicted or no reference dates: date F1 divides by zero");
        }
        double both = pred.Keys.Count(refDates.Contains);
        double p = both / pred.Count, r = both / refDates.Count;
        return new TimelineEvaluation(scores, new RougeScore(r, p, F(p, r)));
    }

    /// <summary>A timeline as a date → sentences map: sentences trimmed, repeated dates joined.</summary>
    private static SortedDictionary<DateOnly, List<string>> ByDate(IReadOnlyList<DatedSummary> timeline)
    {
        var map = new SortedDictionary<DateOnly, List<string>>();
        foreach (var day in timeline)
        {
            if (!map.TryGetValue(day.Date, out var sentences))
            {
                map[day.Date] = sentences = [];
            }
            sentences.AddRange(day.Sentences.Select(s => s.Trim()));
        }
        return map;
    }

    /// <summary>ROUGE-1 and ROUGE-2 raw counts of one peer against one model per reference timeline.</summary>
    private (Counts One, Counts Two) Count(IReadOnlyList<string> peer, IReadOnlyList<IReadOnlyList<string>> models)
    {
        var peerLines = RougeLines(peer);
        var modelLines = models.Select(RougeLines).ToList();
        var one = _rouge.RawCounts(peerLines, modelLines, 1);
        var two = _rouge.RawCounts(peerLines, modelLines, 2);
        return (new Counts(one.Hit, one.PeerTotal, one.ModelTotal), new Counts(two.Hit, two.PeerTotal, two.ModelTotal));
    }

    /// <summary>
    /// The sentences as ROUGE-1.5.5 reads them from the SEE files the reference writes: "^" escaped as "&amp;circ;",
    /// a sentence cut at its first "&lt;", and an empty sentence no sentence at all.
    /// </summary>
    private static IReadOnlyList<string> RougeLines(IReadOnlyList<string> sentences)
    {
        var lines = new List<string>(sentences.Count);
        foreach (var sentence in sentences)
        {
            var line = string.Join(' ', sentence.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Replace("^", "&circ;", StringComparison.Ordinal);
            int cut = line.IndexOf('<', StringComparison.Ordinal);
            line = cut >= 0 ? line[..cut] : line;
            if (line.Length > 0)
            {
                lines.Add(line);
            }
        }
        return lines;
    }

    private readonly record struct Counts(double Hit, double Peer, double Model);

    private static List<string> At(SortedDictionary<DateOnly, List<string>> timeline, DateOnly date) =>
        timeline.TryGetValue(date, out var s) ? s : [];

    private static List<IReadOnlyList<string>> RefsAt(List<SortedDictionary<DateOnly, List<string>>> refs, DateOnly date) =>
        refs.Select(r => (IReadOnlyList<string>)At(r, date)).ToList();

    private TimelineScore Concat(SortedDictionary<DateOnly, List<string>> pred, List<SortedDictionary<DateOnly, List<string>>> refs)
    {
        var (one, two) = Count(pred.Values.SelectMany(s => s).ToList(), refs.Select(r => (IReadOnlyList<string>)r.Values.SelectMany(s => s).ToList()).ToList());
        if (one.Peer == 0 || one.Model == 0 || two.Peer == 0 || two.Model == 0)
        {
            return new TimelineScore("concat", RougeScore.Zero, RougeScore.Zero, "no countable token in the prediction or the references: concat divides by zero");
        }
        return new TimelineScore("concat", Score(one.Hit, one.Peer, one.Hit, one.Model), Score(two.Hit, two.Peer, two.Hit, two.Model));
    }

    private TimelineScore Agreement(SortedDictionary<DateOnly, List<string>> pred, List<SortedDictionary<DateOnly, List<string>>> refs, List<DateOnly> refDates)
    {
        var sums = new Sums();
        foreach (var date in pred.Keys.Union(refDates))
        {
            var (one, two) = Count(At(pred, date), RefsAt(refs, date));
            if (pred.ContainsKey(date))
            {
                sums.AddPrecision(one, two, 1);
            }
            if (refDates.Contains(date))
            {
                sums.AddRecall(one, two, 1);
            }
        }
        return sums.Score("agreement");
    }

    private TimelineScore Aligned(string metric, SortedDictionary<DateOnly, List<string>> pred, List<SortedDictionary<DateOnly, List<string>>> refs,
        List<DateOnly> refDates, bool content, Func<double[,], List<(int Row, int Column)>> assign)
    {
        var predDates = pred.Keys.ToList();
        if (predDates.Count == 0 || refDates.Count == 0)
        {
            return new TimelineScore(metric, RougeScore.Zero, RougeScore.Zero, "no predicted or no reference dates: nothing to align");
        }
        var sums = new Sums();
        var noModels = refs.Select(_ => (IReadOnlyList<string>)[]).ToList();
        // Precision: predicted dates (rows) aligned to reference dates.
        var precisionPairs = assign(Costs(predDates, refDates, (p, r) => (p, r), pred, refs, content));
        foreach (var (row, column) in precisionPairs)
        {
            var (one, two) = Count(pred[predDates[row]], RefsAt(refs, refDates[column]));
            sums.AddPrecision(one, two, Weight(predDates[row], refDates[column]));
        }
        var matched = precisionPairs.Select(p => p.Row).ToHashSet();
        for (int i = 0; i < predDates.Count; i++)
        {
            if (!matched.Contains(i))
            {
                var (one, two) = Count(pred[predDates[i]], noModels);
                sums.AddPrecision(one, two, 1);
            }
        }
        // Recall: reference dates (rows) aligned to predicted dates.
        var recallPairs = assign(Costs(refDates, predDates, (r, p) => (p, r), pred, refs, content));
        foreach (var (row, column) in recallPairs)
        {
            var (one, two) = Count(pred[predDates[column]], RefsAt(refs, refDates[row]));
            sums.AddRecall(one, two, Weight(predDates[column], refDates[row]));
        }
        matched = recallPairs.Select(p => p.Row).ToHashSet();
        for (int i = 0; i < refDates.Count; i++)
        {
            if (!matched.Contains(i))
            {
                var (one, two) = Count([], RefsAt(refs, refDates[i]));
                sums.AddRecall(one, two, 1);
            }
        }
        return sums.Score(metric);
    }

    /// <summary>An aligned pair's hits count by how close its dates are: 1 / (days apart + 1).</summary>
    private static double Weight(DateOnly a, DateOnly b) => 1.0 / (Math.Abs(a.DayNumber - b.DayNumber) + 1);

    /// <summary>
    /// The cost of aligning each row date with each column date: 1 − 1/(days apart + 1), times (with content) 1 − the
    /// approximate ROUGE-1 F of the predicted date's sentences against the reference date's.
    /// </summary>
    private static double[,] Costs(List<DateOnly> rows, List<DateOnly> columns, Func<DateOnly, DateOnly, (DateOnly Pred, DateOnly Ref)> roles,
        SortedDictionary<DateOnly, List<string>> pred, List<SortedDictionary<DateOnly, List<string>>> refs, bool content)
    {
        var costs = new double[rows.Count, columns.Count];
        for (int i = 0; i < rows.Count; i++)
        {
            for (int j = 0; j < columns.Count; j++)
            {
                double cost = 1 - Weight(rows[i], columns[j]);
                if (content)
                {
                    var (p, r) = roles(rows[i], columns[j]);
                    cost *= 1 - ApproximateRouge1(pred[p], RefsAt(refs, r));
                }
                costs[i, j] = cost;
            }
        }
        return costs;
    }

    /// <summary>
    /// tilse's quick ROUGE-1 F for the alignment: whitespace tokens as written but a lone punctuation mark (case kept,
    /// nothing stemmed),
    /// clipped matches summed over the references, precision over the prediction's tokens once per reference.
    /// </summary>
    internal static double ApproximateRouge1(IReadOnlyList<string> predicted, IReadOnlyList<IReadOnlyList<string>> references)
    {
        var predCounts = TokenCounts(predicted);
        var refCounts = references.Select(TokenCounts).ToList();
        double match = 0;
        foreach (var (token, count) in predCounts)
        {
            match += refCounts.Sum(r => Math.Min(count, r.GetValueOrDefault(token)));
        }
        double precisionDenominator = refCounts.Count * (double)predCounts.Values.Sum();
        double recallDenominator = refCounts.Sum(r => (double)r.Values.Sum());
        double p = precisionDenominator == 0 ? 0 : match / precisionDenominator;
        double r = recallDenominator == 0 ? 0 : match / recallDenominator;
        return F(p, r);
    }

    private static Dictionary<string, int> TokenCounts(IReadOnlyList<string> sentences)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in sentences.SelectMany(s => s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
        {
            if (token.Length == 1 && AsciiPunctuation.Contains(token[0], StringComparison.Ordinal))
            {
                continue;
            }
            counts[token] = counts.GetValueOrDefault(token) + 1;
        }
        return counts;
    }

    /// <summary>The punctuation characters the approximation leaves out when they stand alone as a token.</summary>
    private const string AsciiPunctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    private static double F(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);

    private static RougeScore Score(double precisionHit, double peer, double recallHit, double model)
    {
        double p = peer == 0 ? 0 : precisionHit / peer, r = model == 0 ? 0 : recallHit / model;
        return new RougeScore(r, p, F(p, r));
    }

    /// <summary>Hits weighted by date distance and the counts they divide by, summed over dates (micro-averaged).</summary>
    private sealed class Sums
    {
        private double _p1, _p1d, _p2, _p2d, _r1, _r1d, _r2, _r2d;

        public void AddPrecision(Counts one, Counts two, double weight)
        {
            _p1 += weight * one.Hit;
            _p1d += one.Peer;
            _p2 += weight * two.Hit;
            _p2d += two.Peer;
        }

        public void AddRecall(Counts one, Counts two, double weight)
        {
            _r1 += weight * one.Hit;
            _r1d += one.Model;
            _r2 += weight * two.Hit;
            _r2d += two.Model;
        }

        public TimelineScore Score(string metric) =>
            new(metric, TimelineRouge.Score(_p1, _p1d, _r1, _r1d), TimelineRouge.Score(_p2, _p2d, _r2, _r2d));
    }
}
