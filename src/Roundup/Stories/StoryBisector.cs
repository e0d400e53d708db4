namespace Roundup.Stories;

/// <summary>
/// Deterministic 2-means over a story's articles, on their term and entity vectors, with the halves' sums in dense
/// arrays (reused by every bisection).
/// </summary>
/// <param name="entityWeight">Weight of the entity cosine in the similarity.</param>
/// <param name="similarity">The dense arrays the first seed is held in while the second is chosen.</param>
internal sealed class StoryBisector(double entityWeight, Similarity similarity)
{
    private readonly DenseSum _termsA = new();
    private readonly DenseSum _entitiesA = new();
    private readonly DenseSum _termsB = new();
    private readonly DenseSum _entitiesB = new();

    /// <summary>
    /// 2-means over the members of <paramref name="story"/>, seeded by the member least like the rest and the member
    /// least like it, for at most <paramref name="maxRounds"/> rounds; null when the members do not fall apart. Also
    /// gives the similarity of the two halves' centroids.
    /// </summary>
    public (List<StoryMember> First, List<StoryMember> Second, double Between)? Bisect(StoryState story, List<StoryMember> members, int maxRounds)
    {
        StoryMember seedA = members[0];
        double lowest = double.MaxValue;
        foreach (var m in members)
        {
            double score = story.ScoreWithout(m, entityWeight);
            if (score < lowest)
            {
                lowest = score;
                seedA = m;
            }
        }
        StoryMember seedB = seedA;
        lowest = double.MaxValue;
        similarity.Hold(seedA.Terms, seedA.Entities);
        foreach (var m in members)
        {
            double score = similarity.To(m.Terms, m.Entities);
            if (m != seedA && score < lowest)
            {
                lowest = score;
                seedB = m;
            }
        }
        similarity.Release();
        if (seedB == seedA)
        {
            return null;
        }
        Gather(_termsA, _entitiesA, [seedA]);
        Gather(_termsB, _entitiesB, [seedB]);
        List<StoryMember> first = [];
        List<StoryMember> second = [];
        for (int round = 0; round < maxRounds; round++)
        {
            var nextFirst = new List<StoryMember>();
            var nextSecond = new List<StoryMember>();
            foreach (var m in members)
            {
                double toA = Similarity.Blend(_termsA.Cosine(m.Terms), _entitiesA.Cosine(m.Entities), entityWeight);
                double toB = Similarity.Blend(_termsB.Cosine(m.Terms), _entitiesB.Cosine(m.Entities), entityWeight);
                (toA >= toB ? nextFirst : nextSecond).Add(m);
            }
            if (nextFirst.Count == 0 || nextSecond.Count == 0)
            {
                return null;
            }
            bool settled = nextFirst.SequenceEqual(first);
            first = nextFirst;
            second = nextSecond;
            Gather(_termsA, _entitiesA, first);
            Gather(_termsB, _entitiesB, second);
            if (settled)
            {
                break;
            }
        }
        return (first, second, Similarity.Blend(_termsA.Cosine(_termsB), _entitiesA.Cosine(_entitiesB), entityWeight));
    }

    private static void Gather(DenseSum terms, DenseSum entities, List<StoryMember> members)
    {
        terms.Clear();
        entities.Clear();
        foreach (var m in members)
        {
            terms.Add(m.Terms);
            entities.Add(m.Entities);
        }
    }
}
