namespace Roundup.Analysis.Entities;

/// <summary>Acronyms and the names they spell: alone ("USGS") or inside a longer name ("LA Times").</summary>
internal sealed partial class AliasLinker
{
    /// <summary>An acronym and the one name of the story whose initials it spells ("IS" and "Islamic State").</summary>
    public void LinkAcronyms()
    {
        var names = _forms.Values.Where(f => !f.Acronym).ToList();
        var byKey = names.ToLookup(n => n.Key, StringComparer.Ordinal);
        // News abbreviates organisations and places, seldom people: "RB" before "Reggie Bush" is his position.
        var byInitials = names.Where(n => n.Initials is not null && n.Kind != EntityKind.Person)
            .ToLookup(n => n.Initials!, StringComparer.Ordinal);
        foreach (var form in _forms.Values.Where(f => f.Acronym).ToList())
        {
            var lower = form.Text.ToLowerInvariant();
            // "UNESCO" and "Unesco" are one word written two ways.
            var same = byKey[lower].ToList();
            var spelled = byInitials[lower].Select(n => Root(n.Key)).Distinct().ToList();
            // "US" is "U.S." written with stops and "United States" spelled out: both, when each is the only one.
            if (same.Count == 1)
            {
                Link(form.Key, same[0].Key);
            }
            if (spelled.Count == 1)
            {
                Link(form.Key, spelled[0]);
            }
        }
    }

    /// <summary>
    /// A name with an acronym for some of its words and the one name of the story that spells them out ("LA Times" /
    /// "Los Angeles Times", "US Geological Survey" / "United States Geological Survey").
    /// </summary>
    public void LinkEmbeddedAcronyms()
    {
        var names = _forms.Values.Where(f => !f.Acronym && f.Words.Count >= 2).ToList();
        var shortForms = names.Where(f => HasInitialism(f.Text.Split(' '))).ToList();
        if (shortForms.Count == 0)
        {
            return;
        }
        // Every way of writing a run of two or more of a name's words as their initials, indexed by the result.
        var spelled = new Dictionary<string, List<Form>>(StringComparer.Ordinal);
        foreach (var full in names)
        {
            var w = full.Words;
            for (int i = 0; i < w.Count; i++)
            {
                for (int j = i + 2; j <= w.Count && j - i <= 4; j++)
                {
                    var key = string.Join(' ', w.Take(i).Append(string.Concat(w.Skip(i).Take(j - i).Select(x => x[0]))).Concat(w.Skip(j)));
                    if (!spelled.TryGetValue(key, out var list))
                    {
                        spelled[key] = list = [];
                    }
                    list.Add(full);
                }
            }
        }
        foreach (var shortForm in shortForms)
        {
            if (spelled.TryGetValue(string.Join(' ', shortForm.Words), out var fulls))
            {
                var roots = fulls.Where(f => f.Key != shortForm.Key).Select(f => Root(f.Key)).Distinct().ToList();
                if (roots.Count == 1)
                {
                    Link(shortForm.Key, roots[0]);
                }
            }
        }
    }

    /// <summary>True when a name holds a word of two to four capitals, dotted or spaced or not ("LA", "L.A.", "U. S.").</summary>
    private static bool HasInitialism(string[] words)
    {
        for (int i = 0; i < words.Length; i++)
        {
            var letters = words[i].Where(char.IsLetter).ToList();
            bool capitals = letters.All(char.IsUpper) && words[i].All(c => char.IsLetter(c) || c == '.');
            if (capitals && (letters.Count is >= 2 and <= 4 || (letters.Count == 1 && i + 1 < words.Length && words[i + 1].Length == 2 && char.IsUpper(words[i + 1][0]) && words[i + 1][1] == '.')))
            {
                return true;
            }
        }
        return false;
    }
}
