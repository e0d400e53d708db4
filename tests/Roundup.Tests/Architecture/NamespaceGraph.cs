using System.Reflection;
using System.Reflection.Emit;

namespace Roundup.Tests.Architecture;

/// <summary>
/// Which namespace of an assembly uses which: read from the compiled code (signatures, base types, attributes and every
/// type, method and field token in method bodies), so a dependency cannot hide in a fully qualified name.
/// </summary>
internal static class NamespaceGraph
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    private const BindingFlags Everything =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    /// <summary>namespace → the namespaces (of the same root) its code uses, itself excluded.</summary>
    public static Dictionary<string, HashSet<string>> Build(Assembly assembly, string root)
    {
        var graph = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var type in assembly.GetTypes())
        {
            var from = OuterNamespace(type);
            if (from is null || !InRoot(from, root))
            {
                continue;
            }
            if (!graph.TryGetValue(from, out var uses))
            {
                graph[from] = uses = new HashSet<string>(StringComparer.Ordinal);
            }
            foreach (var used in UsedTypes(type))
            {
                foreach (var ns in Namespaces(used))
                {
                    if (ns != from && InRoot(ns, root))
                    {
                        uses.Add(ns);
                    }
                }
            }
        }
        return graph;
    }

    /// <summary>Groups of namespaces that use each other, directly or through others (strongly connected, size ≥ 2).</summary>
    public static List<List<string>> Cycles(Dictionary<string, HashSet<string>> graph)
    {
        // Tarjan's algorithm; the graph has a few dozen nodes.
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var onStack = new HashSet<string>();
        var cycles = new List<List<string>>();
        int next = 0;
        void Visit(string v)
        {
            index[v] = low[v] = next++;
            stack.Push(v);
            onStack.Add(v);
            foreach (var w in graph.GetValueOrDefault(v) ?? [])
            {
                if (!index.ContainsKey(w))
                {
                    Visit(w);
                    low[v] = Math.Min(low[v], low[w]);
                }
                else if (onStack.Contains(w))
                {
                    low[v] = Math.Min(low[v], index[w]);
                }
            }
            if (low[v] == index[v])
            {
                var component = new List<string>();
                string w;
                do
                {
                    w = stack.Pop();
                    onStack.Remove(w);
                    component.Add(w);
                }
                while (w != v);
                if (component.Count > 1)
                {
                    component.Sort(StringComparer.Ordinal);
                    cycles.Add(component);
                }
            }
        }
        foreach (var v in graph.Keys.Order(StringComparer.Ordinal))
        {
            if (!index.ContainsKey(v))
            {
                Visit(v);
            }
        }
        return cycles;
    }

    private static bool InRoot(string ns, string root) => ns == root || ns.StartsWith(root + ".", StringComparison.Ordinal);

    /// <summary>A nested or compiler-generated type belongs to the namespace of its outermost declaring type.</summary>
    private static string? OuterNamespace(Type type)
    {
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }
        return type.Namespace;
    }

    private static IEnumerable<string> Namespaces(Type type)
    {
        if (type.HasElementType)
        {
            foreach (var ns in Namespaces(type.GetElementType()!))
            {
                yield return ns;
            }
            yield break;
        }
        if (type.IsGenericParameter)
        {
            yield break;
        }
        if (OuterNamespace(type) is { } own)
        {
            yield return own;
        }
        if (type.IsConstructedGenericType)
        {
            foreach (var argument in type.GetGenericArguments())
            {
                foreach (var ns in Namespaces(argument))
                {
                    yield return ns;
                }
            }
        }
    }

    private static IEnumerable<Type> UsedTypes(Type type)
    {
        if (type.BaseType is { } baseType)
        {
            yield return baseType;
        }
        foreach (var i in type.GetInterfaces())
        {
            yield return i;
        }
        foreach (var a in type.GetCustomAttributesData())
        {
            yield return a.AttributeType;
        }
        foreach (var field in type.GetFields(Everything))
        {
            yield return field.FieldType;
        }
        foreach (var property in type.GetProperties(Everything))
        {
            yield return property.PropertyType;
        }
        foreach (var method in type.GetMethods(Everything).Cast<MethodBase>().Concat(type.GetConstructors(Everything)))
        {
            if (method is MethodInfo m)
            {
                yield return m.ReturnType;
            }
            foreach (var p in method.GetParameters())
            {
                yield return p.ParameterType;
            }
            foreach (var used in BodyTypes(method))
            {
                yield return used;
            }
        }
    }

    /// <summary>The types named by the tokens of a method body (types, and the declaring types of methods and fields).</summary>
    private static IEnumerable<Type> BodyTypes(MethodBase method)
    {
        var body = method.GetMethodBody();
        var il = body?.GetILAsByteArray();
        if (body is null || il is null)
        {
            yield break;
        }
        foreach (var local in body.LocalVariables)
        {
            yield return local.LocalType;
        }
        var module = method.Module;
        var typeArgs = method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : null;
        var methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
        int at = 0;
        while (at < il.Length)
        {
            short value = il[at] == 0xFE ? (short)(0xFE00 | il[at + 1]) : il[at];
            at += il[at] == 0xFE ? 2 : 1;
            var op = OpCodesByValue[value];
            int size = OperandSize(op, il, at);
            if (op.OperandType is OperandType.InlineType or OperandType.InlineTok or OperandType.InlineMethod or OperandType.InlineField)
            {
                int token = BitConverter.ToInt32(il, at);
                MemberInfo? member = null;
                try
                {
                    member = module.ResolveMember(token, typeArgs, methodArgs);
                }
                catch (ArgumentException)
                {
                    // A token of a generic context this walk does not model: not a Roundup type either way.
                }
                switch (member)
                {
                    case Type t:
                        yield return t;
                        break;
                    case MethodBase m when m.DeclaringType is { } declaring:
                        yield return declaring;
                        if (m.IsGenericMethod)
                        {
                            foreach (var argument in m.GetGenericArguments())
                            {
                                yield return argument;
                            }
                        }
                        break;
                    case FieldInfo f when f.DeclaringType is { } declaring:
                        yield return declaring;
                        break;
                }
            }
            at += size;
        }
    }

    private static int OperandSize(OpCode op, byte[] il, int at) => op.OperandType switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, at),
        _ => 4,
    };
}
