using Roundup.Dedup;
using Roundup.Text.Similarity;

namespace Roundup.Tests.Text.Similarity;

public class SentenceGrouperTests
{
    [Fact]
    public void Grouping_texts_by_sorted_bigrams_equals_grouping_by_bigram_sets()
    {
        var random = new Random(7);
        string[] vocabulary = ["army", "city", "palmyra", "said", "the", "of", "forces", "islamic", "state", "sunday", "retook", "ancient", "ruins", "observatory", "killed", "soldiers"];
        for (int trial = 0; trial < 200; trial++)
        {
            var texts = new List<string>();
            int count = random.Next(1, 30);
            for (int i = 0; i < count; i++)
            {
                if (texts.Count > 0 && random.Next(3) == 0)
                {
                    // A near copy of an earlier text: one word changed or dropped.
                    var words = texts[random.Next(texts.Count)].Split(' ').ToList();
                    int at = random.Next(words.Count);
                    if (random.Next(2) == 0 && words.Count > 1)
                    {
                        words.RemoveAt(at);
                    }
                    else
                    {
                        words[at] = vocabulary[random.Next(vocabulary.Length)];
                    }
                    texts.Add(string.Join(' ', words));
                }
                else
                {
                    texts.Add(string.Join(' ', Enumerable.Range(0, random.Next(1, 25)).Select(_ => vocabulary[random.Next(vocabulary.Length)])));
                }
            }

            var sets = texts.Select(NearDuplicates.Bigrams).ToList();
            var groups = SentenceGrouper.GroupTexts(texts, out var counts);

            Assert.Equal(SentenceGrouper.Group(sets), groups);
            Assert.Equal(sets.Select(s => s.Count), counts);
        }
    }
}
