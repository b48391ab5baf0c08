namespace Netra.Infra.Model;

/// <summary>
/// A change to what runs that is ours to make once, after adoption, in a pull request and an `up` of its own, never
/// during an incident: taking over the services' identities, generating the credentials, enabling point-in-time
/// recovery. <see cref="Sets"/> are the keys of the environment file it changes (key path → scalar), so its plan is
/// the file with them applied; a step whose keys already hold its values is done.
/// </summary>
/// <param name="Done">Every key it sets holds its value in the file as read: the step's pull request is merged. Read
/// with the file, so a runbook step that waits for it (<see cref="TransitionSpec.After"/>) is judged without a plan.</param>
public sealed record OneTimeStep(string Name, string When, IReadOnlyList<(string Path, string Value)> Sets, bool Done = false)
{
    /// <summary>`ownership.identities: own`, as a person edits it.</summary>
    public string SetsText => string.Join(", ", Sets.Select(s => $"{s.Path}: {s.Value}"));
}
