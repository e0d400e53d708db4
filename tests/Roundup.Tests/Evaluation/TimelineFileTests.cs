using Roundup.Evaluation.Timelines;

namespace Roundup.Tests.Evaluation;

public class TimelineFileTests
{
    [Fact]
    public void A_brief_timeline_is_read_with_its_month_and_year_entries_left_out_and_said_so()
    {
        using var dir = new TempFolder();
        var path = dir.File("brief.json", """
            {"title": "t", "timeline": [
              {"date": "2015-05", "granularity": "month", "text": "The town fell in May.", "sources": ["a"]},
              {"date": "2016-03-27", "granularity": "day", "text": "Troops retook the town on Sunday.", "sources": ["a", "b"]}]}
            """);
        var warnings = new List<string>();

        var timeline = TimelineFile.Read(path, warnings.Add);

        var day = Assert.Single(timeline);
        Assert.Equal(new DateOnly(2016, 3, 27), day.Date);
        Assert.Equal(["Troops retook the town on Sunday."], day.Sentences);
        Assert.Contains("1 entries dated only to a month or a year left out", Assert.Single(warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void The_text_format_round_trips()
    {
        DatedSummary[] timeline = [new(new DateOnly(2031, 3, 4), ["First .", "Second ."]), new(new DateOnly(2031, 3, 2), ["Earlier ."])];
        var text = new StringWriter();
        TimelineFile.WriteText(timeline, text);
        using var dir = new TempFolder();

        var read = TimelineFile.Read(dir.File("t.txt", text.ToString()));

        Assert.Equal([new DateOnly(2031, 3, 2), new DateOnly(2031, 3, 4)], read.Select(d => d.Date));
        Assert.Equal(["First .", "Second ."], read[1].Sentences);
    }
}

public class AssignmentTests
{
    [Fact]
    public void Finds_the_minimum_cost_of_random_rectangular_matrices_like_brute_force()
    {
        var random = new Random(7);
        for (int trial = 0; trial < 300; trial++)
        {
            int rows = random.Next(1, 6), columns = random.Next(1, 6);
            var cost = new double[rows, columns];
            for (int i = 0; i < rows; i++)
            {
                for (int j = 0; j < columns; j++)
                {
                    cost[i, j] = random.Next(0, 4) / 3.0; // few distinct values: many ties
                }
            }
            var pairs = Assignment.Solve(cost);
            Assert.Equal(Math.Min(rows, columns), pairs.Count);
            Assert.Equal(pairs.Count, pairs.Select(p => p.Row).Distinct().Count());
            Assert.Equal(pairs.Count, pairs.Select(p => p.Column).Distinct().Count());
            Assert.Equal(BruteForce(cost), pairs.Sum(p => cost[p.Row, p.Column]), 9);
        }
    }

    private static double BruteForce(double[,] cost)
    {
        int rows = cost.GetLength(0), columns = cost.GetLength(1);
        bool transpose = rows > columns;
        int n = Math.Min(rows, columns), m = Math.Max(rows, columns);
        double best = double.MaxValue;
        void Search(int i, bool[] used, double sum)
        {
            if (i == n)
            {
                best = Math.Min(best, sum);
                return;
            }
            for (int j = 0; j < m; j++)
            {
                if (!used[j])
                {
                    used[j] = true;
                    Search(i + 1, used, sum + (transpose ? cost[j, i] : cost[i, j]));
                    used[j] = false;
                }
            }
        }
        Search(0, new bool[m], 0);
        return best;
    }
}
