namespace Roundup.Analysis.Entities;

/// <summary>The forms of one person's name: with and without middle names, and given names shortened.</summary>
internal sealed partial class AliasLinker
{
    /// <summary>Shortest given name read as the short form of a longer one ("Ben" of "Benjamin"); "Al" says too little.</summary>
    private const int MinGivenName = 3;

    /// <summary>
    /// A person's name and the same name with middle names or initials ("Eric Kirkpatrick" / "Eric Allen Kirkpatrick",
    /// "William Bratton" / "William J. Bratton"), when only one longer name of the story fits: two different middle
    /// names are two people.
    /// </summary>
    private void LinkMiddleNames(List<Form> names)
    {
        var people = names.Where(f => f.Words.Count >= 2 && IsPersonLike(f))
            .GroupBy(f => (f.Words[0], f.Words[^1]));
        foreach (var group in people)
        {
            var forms = group.ToList();
            if (forms.Count < 2)
            {
                continue;
            }
            foreach (var shorter in forms)
            {
                var roots = forms.Where(f => f.Words.Count > shorter.Words.Count && IsSubsequence(shorter.Words, f.Words))
                    .Select(f => Root(f.Key)).Distinct().ToList();
                if (roots.Count == 1)
                {
                    Link(shorter.Key, roots[0]);
                }
            }
        }
    }

    /// <summary>
    /// A person's full names that differ in the form of the given name only: one shortens the other ("Ben Banky" /
    /// "Benjamin Banky", "Alex Petrou" / "Alexandros Petrou") or both open alike ("Alexis" / "Alexandros", a name
    /// spelled two ways). Two people of one surname in one story are mostly kin, with given names of their own.
    /// </summary>
    private void LinkGivenNameForms(List<Form> names)
    {
        foreach (var group in names.Where(f => f.Words.Count >= 2 && IsPersonLike(f)).GroupBy(f => f.Words[^1], StringComparer.Ordinal))
        {
            var forms = group.ToList();
            for (int i = 0; i < forms.Count; i++)
            {
                for (int j = i + 1; j < forms.Count && j <= i + MaxCompared; j++)
                {
                    if (forms[i].Words[0] != forms[j].Words[0] && FormsOfOneName(forms[i].Words[0], forms[j].Words[0]))
                    {
                        Link(forms[i].Key, forms[j].Key);
                    }
                }
            }
        }
    }

    /// <summary>
    /// A given name alone ("Alexis", "Alex") and the one person of the story known as a person (a title, a role, an
    /// age) whose full name opens with it or with a longer form of it ("Alexandros Grigoropoulos, 15,"). A name known
    /// as a place or an organisation, or a people's word, is no one's given name ("Chicago" of "Chicago Bears").
    /// </summary>
    public void LinkGivenNamesAlone()
    {
        // Each person's full names under every opening of the given name a name alone may be ("Alex", "Alexandros").
        var byOpening = new Dictionary<string, List<Form>>(StringComparer.Ordinal);
        foreach (var person in _forms.Values.Where(f => !f.Acronym && f.Words.Count >= 2 && f.Kind == EntityKind.Person && f.Words[0].Length >= MinGivenName))
        {
            var name = person.Words[0];
            for (int length = MinGivenName; length <= name.Length; length++)
            {
                var opening = name[..length];
                if (!byOpening.TryGetValue(opening, out var list))
                {
                    byOpening[opening] = list = [];
                }
                list.Add(person);
            }
        }
        // A name already linked to another is someone's surname or a short form already ("Haldeman"), not a given name.
        var linked = _forms.Keys.Where(k => Root(k) != k).SelectMany(k => new[] { k, Root(k) }).ToHashSet(StringComparer.Ordinal);
        foreach (var alone in _forms.Values.Where(f => !f.Acronym && f.Words.Count == 1 && f.Kind is EntityKind.Person or EntityKind.Other && !linked.Contains(f.Key)))
        {
            var given = alone.Words[0];
            if (given.Length < MinGivenName || MentionFinder.StrongDemonym(given))
            {
                continue;
            }
            // The given name itself, or a short form of it ("Alex" of "Alexandros"); not a longer name that opens with it.
            if (!byOpening.TryGetValue(given, out var people))
            {
                continue;
            }
            var roots = people.Select(p => Root(p.Key)).Distinct().ToList();
            if (roots.Count == 1)
            {
                Link(alone.Key, roots[0]);
            }
        }
    }

    private static bool IsPersonLike(Form form) => form.Kind == EntityKind.Person || LooksLikePersonName(form);

    /// <summary>True when <paramref name="shorter"/> is a short form of the given name <paramref name="longer"/>.</summary>
    private static bool Shortens(string shorter, string longer) =>
        shorter.Length >= MinGivenName && longer.Length > shorter.Length && longer.StartsWith(shorter, StringComparison.Ordinal);

    /// <summary>
    /// Given names that open with this many letters in common are spellings or forms of one name ("Alexis" /
    /// "Alexandros", "Katherine" / "Kathryn", "Malcolm" / "Malcom").
    /// </summary>
    private const int SharedGivenPrefix = 4;

    /// <summary>True when two given names are forms of one: one shortens the other, or they open alike.</summary>
    private static bool FormsOfOneName(string a, string b) =>
        Shortens(a, b) || Shortens(b, a)
        || (a.Length >= SharedGivenPrefix && b.Length >= SharedGivenPrefix && a.AsSpan(0, SharedGivenPrefix).SequenceEqual(b.AsSpan(0, SharedGivenPrefix)));

    private static bool IsSubsequence(List<string> shorter, List<string> longer)
    {
        int j = 0;
        foreach (var word in longer)
        {
            if (j < shorter.Count && shorter[j] == word)
            {
                j++;
            }
        }
        return j == shorter.Count;
    }
}
