namespace Netra.Infra.Resources;

/// <summary>
/// The resources a declaration waits for in Pulumi: every resource its properties read an output of, and its
/// explicit dependsOn. (Its provider is left out: a provider's own changes are not operations on GCP.)
/// </summary>
public static class ResourceReferences
{
    public static IReadOnlyList<string> Of(ResourceDeclaration declaration)
    {
        var names = new List<string>();
        Collect(declaration.Properties, names);
        names.AddRange(declaration.Options.DependsOn.Select(d => d.Resource));
        return names.Distinct(StringComparer.Ordinal).ToList();
    }

    private static void Collect(PropertyValue value, List<string> names)
    {
        switch (value)
        {
            case ReferenceValue reference:
                names.Add(reference.Resource);
                break;
            case InterpolationValue interpolation:
                names.AddRange(interpolation.Parts.OfType<ReferenceValue>().Select(r => r.Resource));
                break;
            case InvokeValue invoke:
                // What its arguments read; its provider is left out like every resource's.
                Collect(invoke.Arguments, names);
                break;
            case MapValue map:
                foreach (var (_, item) in map.Entries)
                {
                    Collect(item, names);
                }

                break;
            case ListValue list:
                foreach (var item in list.Items)
                {
                    Collect(item, names);
                }

                break;
        }
    }
}
