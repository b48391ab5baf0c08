using System.CommandLine;
using System.Text;
using Netra.Infra.Config;
using Netra.Infra.Diagnostics;

namespace Netra.Infra.Cli;

/// <summary>
/// `bin/netra-infra schema --stack staging [--write]`: the JSON Schema of the environment file, and the reference of its
/// keys, both made from the reader (KeySchema). `--write` puts them where editors and people look:
/// stacks/environment.schema.json (the data file's first line points editors to it) and docs/data-reference.md.
/// </summary>
public static class SchemaCommand
{
    public const string SchemaFile = "stacks/environment.schema.json";
    public const string ReferenceFile = "docs/data-reference.md";

    public static Command Build(TextWriter stdout, TextWriter stderr, Func<string?, string> root)
    {
        var stack = new Option<string>("--stack") { Description = "The environment whose file is read (staging).", Required = true };
        var write = new Option<bool>("--write") { Description = $"Write {SchemaFile} and {ReferenceFile} instead of printing the schema." };
        var rootOption = new Option<string?>("--root") { Description = "The repository root (default: the nearest folder upwards with a Pulumi.yaml)." };
        var command = new Command("schema", "The environment file's JSON Schema and key reference.") { stack, write, rootOption };
        command.SetAction(parse =>
        {
            var repository = root(parse.GetValue(rootOption));
            var diagnostics = new DiagnosticBag();
            var schema = EnvironmentFileLoader.Schema(repository, parse.GetValue(stack)!, diagnostics);
            if (schema is null || diagnostics.HasErrors)
            {
                DiagnosticWriter.Write(stderr, diagnostics.Items, json: false);
                return NetraCli.Rejected;
            }

            var json = schema.ToJsonSchema("netra-infra environment file (stacks/<environment>.yaml)");
            if (!parse.GetValue(write))
            {
                stdout.Write(json);
                return NetraCli.Success;
            }

            File.WriteAllText(Path.Combine(repository, SchemaFile), json);
            Directory.CreateDirectory(Path.Combine(repository, "docs"));
            File.WriteAllText(Path.Combine(repository, ReferenceFile), Reference(schema));
            stderr.WriteLine($"wrote {SchemaFile} and {ReferenceFile}");
            return NetraCli.Success;
        });
        return command;
    }

    /// <summary>Every key of the file: its kind, whether it is required, and the range or words it allows with their
    /// source where the reader has them (the same objects the rules check with).</summary>
    public static string Reference(KeySchema schema)
    {
        var text = new StringBuilder();
        text.Append("# The environment file's keys\n\n");
        text.Append("Generated from the reader by `bin/netra-infra schema --stack staging --write`: do not edit. Every key ")
            .Append("`stacks/<environment>.yaml` may have, `*` standing for a name you choose (a service, a profile) and `[]` for ")
            .Append("an item of a list. Any other key is an error (NETRA001). `allowed` is the range or the words a key takes, ")
            .Append("checked before anything is emitted, with its source (the tables are in infra/Limits/); a key without one is ")
            .Append("bounded by its kind, or by a rule that weighs it with other keys (memory by CPU, a budget's sum: ")
            .Append("docs/diagnostics.md lists the codes). Editors check the file as it is typed through `").Append(SchemaFile)
            .Append("` (the file's first line), ranges included.\n\n");
        text.Append("| key | kind | required | allowed | source |\n| --- | --- | --- | --- | --- |\n");
        foreach (var (path, kind, required, limits) in schema.Paths())
        {
            text.Append("| `").Append(path).Append("` | ").Append(kind).Append(" | ").Append(required ? "yes" : "").Append(" | ")
                .Append(kind == "list of text" && limits.Count > 0 ? "each: " : "").Append(string.Join("; ", limits.Select(l => l.Allowed))).Append(" | ")
                .Append(string.Join("; ", limits.Select(l => l.Source).Distinct())).Append(" |\n");
        }

        return text.ToString();
    }
}
