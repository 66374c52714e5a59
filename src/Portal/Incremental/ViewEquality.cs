using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;

namespace Portal.Incremental;

/// <summary>
/// Structural equality of page models (records of strings, dates, numbers and lists of more records), so an
/// incremental build re-renders only the pages whose data changed. Records' own Equals compares lists by
/// reference, which would call every rebuilt list "changed". Reference-equal parts (documents and HTML
/// reused from the cache) are recognised first, which keeps the comparison cheap.
/// </summary>
public static class ViewEquality
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    public static bool Same(object? a, object? b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a is null || b is null || a.GetType() != b.GetType())
        {
            return false;
        }

        switch (a)
        {
            case string or ValueType:
                return a.Equals(b);
            case IDictionary da:
                return SameDictionary(da, (IDictionary)b);
            case IEnumerable ea:
                return SameSequence(ea, (IEnumerable)b);
        }

        foreach (var property in Properties.GetOrAdd(a.GetType(), Readable))
        {
            if (!Same(property.GetValue(a), property.GetValue(b)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameSequence(IEnumerable a, IEnumerable b)
    {
        var left = a.GetEnumerator();
        var right = b.GetEnumerator();
        while (true)
        {
            var hasLeft = left.MoveNext();
            if (hasLeft != right.MoveNext())
            {
                return false;
            }

            if (!hasLeft)
            {
                return true;
            }

            if (!Same(left.Current, right.Current))
            {
                return false;
            }
        }
    }

    private static bool SameDictionary(IDictionary a, IDictionary b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        foreach (DictionaryEntry entry in a)
        {
            if (!b.Contains(entry.Key) || !Same(entry.Value, b[entry.Key]))
            {
                return false;
            }
        }

        return true;
    }

    // EqualityContract is the compiler's record plumbing, not data.
    private static PropertyInfo[] Readable(Type type) =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")];
}
