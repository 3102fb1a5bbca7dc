using System.Globalization;
using System.Reflection;
using System.Text.Json;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Common.Words;
using CoopAlliance.Domain.Cooperatives;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Audit;

/// <summary>An audit row in people's words: "Provider: (none) → Pioneer Valley Legal", by "Alex Rivera", at a local time.</summary>
public sealed record AuditEntryWords(int Id, DateTimeOffset At, string Who, string What, string Detail, IReadOnlyList<string> Changes);

/// <summary>
/// Turns audit rows into words for a page: field names from the <see cref="Glossary"/>, enum values as their labels,
/// ids of known records (co-op, provider, mentor, policy, login…) as those records' names, people by name, not email.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record DescribeAuditEntries(IReadOnlyList<AuditEntryDto> Entries) : IRequest<IReadOnlyList<AuditEntryWords>>;

public sealed class DescribeAuditEntriesHandler(IAppDbContext db, IIdentityService identity, AllianceClock clock)
    : IRequestHandler<DescribeAuditEntries, IReadOnlyList<AuditEntryWords>>
{
    /// <summary>The entity types the audit trail records, by the short name it stores.</summary>
    private static readonly Dictionary<string, Type> Entities = typeof(Cooperative).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && t.Namespace?.StartsWith("CoopAlliance.Domain", StringComparison.Ordinal) == true)
        .GroupBy(t => t.Name).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    public async Task<IReadOnlyList<AuditEntryWords>> Handle(DescribeAuditEntries request, CancellationToken cancellationToken)
    {
        var parsed = request.Entries.Select(e => (Entry: e, Fields: Parse(e.Changes))).ToList();
        var names = await NamesAsync(parsed.SelectMany(p => p.Fields), request.Entries.Select(e => e.UserName), cancellationToken);

        return parsed.Select(p =>
        {
            var e = p.Entry;
            var who = names.TryGetValue(("Login", e.UserName), out var person) ? person : e.UserName;
            var detail = $"{Action(e.Action)} {Glossary.Humanize(e.EntityType).ToLowerInvariant()} #{e.EntityId}";
            var lines = p.Fields.Select(f => Line(e.EntityType, f, names)).ToList();
            return new AuditEntryWords(e.Id, e.At, who, Glossary.Humanize(e.Command), detail, lines);
        }).ToList();
    }

    private static string Action(string action) => action switch
    {
        "Added" => "added",
        "Modified" => "changed",
        "Deleted" => "removed",
        _ => action.ToLowerInvariant(),
    };

    private sealed record Change(string Field, JsonElement? Old, JsonElement? New);

    private static List<Change> Parse(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            return doc.RootElement.ValueKind != JsonValueKind.Object
                ? []
                : doc.RootElement.EnumerateObject().Select(f => new Change(f.Name,
                    f.Value.ValueKind == JsonValueKind.Object && f.Value.TryGetProperty("Old", out var o) ? o.Clone() : null,
                    f.Value.ValueKind == JsonValueKind.Object && f.Value.TryGetProperty("New", out var n) ? n.Clone() : null)).ToList();
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private string Line(string entityType, Change c, Dictionary<(string, string), string> names)
    {
        var name = Glossary.Field(c.Field);
        return c switch
        {
            { Old: { } o, New: { } n } => $"{name}: {Show(entityType, c.Field, o, names)} → {Show(entityType, c.Field, n, names)}",
            { New: { } n } => $"{name}: {Show(entityType, c.Field, n, names)}",
            { Old: { } o } => $"{name}: was {Show(entityType, c.Field, o, names)}",
            _ => name,
        };
    }

    private string Show(string entityType, string field, JsonElement value, Dictionary<(string, string), string> names)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Null or JsonValueKind.Undefined:
                return "(none)";
            case JsonValueKind.True:
                return "yes";
            case JsonValueKind.False:
                return "no";
        }

        var raw = value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : value.GetRawText();
        if (raw.Length == 0)
        {
            return "(none)";
        }

        if (ReferenceKind(field) is { } kind && names.TryGetValue((kind, raw), out var named))
        {
            return named;
        }

        if (EnumType(entityType, field) is { } enumType && Enum.TryParse(enumType, raw, out var enumValue))
        {
            return Glossary.Label((Enum)enumValue!);
        }

        if (value.ValueKind == JsonValueKind.String && raw.Length >= 19 && raw[10] == 'T' &&
            DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
        {
            return clock.ToLocal(at).ToString("MMM d, yyyy h:mm tt", CultureInfo.InvariantCulture);
        }

        return raw;
    }

    /// <summary>The enum behind an entity's field, when it is one (nullable enums too).</summary>
    private static Type? EnumType(string entityType, string field)
    {
        if (!Entities.TryGetValue(entityType, out var type) ||
            type.GetProperty(field, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance) is not { } property)
        {
            return field switch
            {
                "Status" or "From" or "To" => typeof(MembershipStatus),
                "Transition" => typeof(MembershipTransition),
                _ => null,
            };
        }

        var t = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        return t.IsEnum ? t : null;
    }

    /// <summary>Which kind of record an id field points at (null: not a reference this trail names).</summary>
    private static string? ReferenceKind(string field) => field switch
    {
        "CooperativeId" or "GraduatedCooperativeId" => "Co-op",
        "DevelopingCoopId" => "Developing co-op",
        "ProviderId" => "Provider",
        "MentorId" => "Mentor",
        "PolicyId" => "Policy",
        _ when field.EndsWith("UserId", StringComparison.Ordinal) => "User",
        _ => null,
    };

    private async Task<Dictionary<(string Kind, string Key), string>> NamesAsync(IEnumerable<Change> changes, IEnumerable<string> people, CancellationToken ct)
    {
        var wanted = changes
            .SelectMany(c => new[] { c.Old, c.New }.Where(v => v is { ValueKind: JsonValueKind.Number }).Select(v => (Kind: ReferenceKind(c.Field), Id: v!.Value.TryGetInt32(out var i) ? i : 0)))
            .Where(x => x.Kind is not null && x.Id > 0)
            .GroupBy(x => x.Kind!).ToDictionary(g => g.Key, g => g.Select(x => x.Id).Distinct().ToList());
        List<int> Ids(string kind) => wanted.TryGetValue(kind, out var ids) ? ids : [];

        var names = new Dictionary<(string, string), string>();
        void Add(string kind, IEnumerable<(int Id, string Name)> rows)
        {
            foreach (var (id, name) in rows)
            {
                names[(kind, id.ToString(CultureInfo.InvariantCulture))] = name;
            }
        }

        if (Ids("Co-op") is { Count: > 0 } coops)
        {
            Add("Co-op", (await db.Cooperatives.AsNoTracking().Where(c => coops.Contains(c.Id)).Select(c => new { c.Id, Name = c.TradeName ?? c.LegalName }).ToListAsync(ct)).Select(x => (x.Id, x.Name)));
        }

        if (Ids("Developing co-op") is { Count: > 0 } developing)
        {
            Add("Developing co-op", (await db.DevelopingCoops.AsNoTracking().Where(c => developing.Contains(c.Id)).Select(c => new { c.Id, c.Name }).ToListAsync(ct)).Select(x => (x.Id, x.Name)));
        }

        if (Ids("Provider") is { Count: > 0 } providers)
        {
            Add("Provider", (await db.Providers.AsNoTracking().Where(p => providers.Contains(p.Id)).Select(p => new { p.Id, p.Name }).ToListAsync(ct)).Select(x => (x.Id, x.Name)));
        }

        if (Ids("Mentor") is { Count: > 0 } mentors)
        {
            Add("Mentor", (await db.Mentors.AsNoTracking().Where(m => mentors.Contains(m.Id)).Select(m => new { m.Id, m.FullName }).ToListAsync(ct)).Select(x => (x.Id, x.FullName)));
        }

        if (Ids("Policy") is { Count: > 0 } policies)
        {
            Add("Policy", (await db.DuesPolicies.AsNoTracking().Where(p => policies.Contains(p.Id)).Select(p => new { p.Id, p.Name }).ToListAsync(ct)).Select(x => (x.Id, x.Name)));
        }

        var emails = people.Where(p => p.Contains('@', StringComparison.Ordinal)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var users = await identity.NamesAsync(Ids("User"), emails, ct);
        foreach (var u in users)
        {
            var name = string.IsNullOrWhiteSpace(u.FullName) ? u.Email : u.FullName;
            names[("User", u.Id.ToString(CultureInfo.InvariantCulture))] = name;
            foreach (var email in emails.Where(e => string.Equals(e, u.Email, StringComparison.OrdinalIgnoreCase)))
            {
                names[("Login", email)] = name;
            }
        }

        return names;
    }
}
