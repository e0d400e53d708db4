namespace Roundup.Evaluation.Timelines;

/// <summary>
/// The minimum-cost one-to-one assignment of a rectangular cost matrix (every row of the shorter side matched), by
/// shortest augmenting paths with dual potentials (Crouse, "On implementing 2D rectangular assignment algorithms",
/// 2016) — the method SciPy's <c>linear_sum_assignment</c> uses. Rows are augmented in order and, among columns of
/// equal reduced cost, a free one is preferred, so that ties resolve as they do there: timeline scores that align
/// dates at equal cost reproduce the reference implementation's numbers.
/// </summary>
internal static class Assignment
{
    /// <summary>Pairs (row, column) of a minimum-cost assignment of <paramref name="cost"/>, by ascending row.</summary>
    public static List<(int Row, int Column)> Solve(double[,] cost)
    {
        int rows = cost.GetLength(0), columns = cost.GetLength(1);
        if (rows == 0 || columns == 0)
        {
            return [];
        }
        bool transpose = rows > columns;
        var c = transpose ? Transposed(cost) : cost;
        int nr = c.GetLength(0), nc = c.GetLength(1);
        var u = new double[nr];
        var v = new double[nc];
        var shortest = new double[nc];
        var path = new int[nc];
        var col4row = Enumerable.Repeat(-1, nr).ToArray();
        var row4col = Enumerable.Repeat(-1, nc).ToArray();
        var sr = new bool[nr];
        var sc = new bool[nc];
        var remaining = new int[nc];
        for (int current = 0; current < nr; current++)
        {
            double minVal = 0;
            int sink = AugmentingPath(c, current, u, v, path, row4col, shortest, sr, sc, remaining, ref minVal);
            u[current] += minVal;
            for (int i = 0; i < nr; i++)
            {
                if (sr[i] && i != current)
                {
                    u[i] += minVal - shortest[col4row[i]];
                }
            }
            for (int j = 0; j < nc; j++)
            {
                if (sc[j])
                {
                    v[j] -= minVal - shortest[j];
                }
            }
            for (int j = sink; ;)
            {
                int i = path[j];
                row4col[j] = i;
                (col4row[i], j) = (j, col4row[i]);
                if (i == current)
                {
                    break;
                }
            }
        }
        var pairs = new List<(int, int)>(nr);
        for (int i = 0; i < nr; i++)
        {
            pairs.Add(transpose ? (col4row[i], i) : (i, col4row[i]));
        }
        pairs.Sort();
        return pairs;
    }

    private static int AugmentingPath(double[,] c, int current, double[] u, double[] v, int[] path, int[] row4col,
        double[] shortest, bool[] sr, bool[] sc, int[] remaining, ref double minVal)
    {
        int nc = c.GetLength(1);
        // Columns are visited from the last to the first, as the reference does.
        int left = nc;
        for (int it = 0; it < nc; it++)
        {
            remaining[it] = nc - it - 1;
        }
        Array.Fill(sr, false);
        Array.Fill(sc, false);
        Array.Fill(shortest, double.PositiveInfinity);
        int sink = -1;
        int i = current;
        while (sink == -1)
        {
            int index = -1;
            double lowest = double.PositiveInfinity;
            sr[i] = true;
            for (int it = 0; it < left; it++)
            {
                int j = remaining[it];
                double r = minVal + c[i, j] - u[i] - v[j];
                if (r < shortest[j])
                {
                    path[j] = i;
                    shortest[j] = r;
                }
                if (shortest[j] < lowest || (shortest[j] == lowest && row4col[j] == -1))
                {
                    lowest = shortest[j];
                    index = it;
                }
            }
            minVal = lowest;
            int col = remaining[index];
            if (row4col[col] == -1)
            {
                sink = col;
            }
            else
            {
                i = row4col[col];
            }
            sc[col] = true;
            remaining[index] = remaining[--left];
        }
        return sink;
    }

    private static double[,] Transposed(double[,] m)
    {
        var t = new double[m.GetLength(1), m.GetLength(0)];
        for (int i = 0; i < m.GetLength(0); i++)
        {
            for (int j = 0; j < m.GetLength(1); j++)
            {
                t[j, i] = m[i, j];
            }
        }
        return t;
    }

    /// <summary>Each row to its cheapest column (the first of equal ones), several rows possibly to one column.</summary>
    public static List<(int Row, int Column)> Cheapest(double[,] cost)
    {
        var pairs = new List<(int, int)>();
        for (int i = 0; i < cost.GetLength(0); i++)
        {
            int best = 0;
            for (int j = 1; j < cost.GetLength(1); j++)
            {
                if (cost[i, j] < cost[i, best])
                {
                    best = j;
                }
            }
            if (cost.GetLength(1) > 0)
            {
                pairs.Add((i, best));
            }
        }
        return pairs;
    }
}
