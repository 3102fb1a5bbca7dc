using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Mentoring;

namespace CoopAlliance.Domain.Conversions;

/// <summary>Where a conversion stands: the open stages in order, then one of the two ends.</summary>
public enum ConversionStage
{
    Lead = 1,
    FirstConversation = 2,
    Feasibility = 3,
    Valuation = 4,
    BuyInPlan = 5,
    Converted = 6,
    NotConverted = 7,
}

/// <summary>Why the owner wants out.</summary>
public enum ConversionReason
{
    Retiring = 1,
    Closing = 2,
    Other = 3,
}

public static class ConversionWords
{
    public static string Describe(this ConversionStage stage) => stage switch
    {
        ConversionStage.Lead => "Lead",
        ConversionStage.FirstConversation => "First conversation",
        ConversionStage.Feasibility => "Feasibility",
        ConversionStage.Valuation => "Valuation",
        ConversionStage.BuyInPlan => "Buy-in plan and financing",
        ConversionStage.Converted => "Converted",
        ConversionStage.NotConverted => "Not converted",
        _ => stage.ToString(),
    };

    public static string Describe(this ConversionReason reason) => reason switch
    {
        ConversionReason.Retiring => "Owner retiring",
        ConversionReason.Closing => "Owner closing the business",
        _ => "Other",
    };

    public static bool IsOpen(this ConversionStage stage) => stage is >= ConversionStage.Lead and <= ConversionStage.BuyInPlan;
}

/// <summary>A worker of the business, as staff recorded them.</summary>
public sealed record ConversionWorkerDetails(string Name, string? Role, string? Email, bool InterestedInOwnership);

/// <summary>What staff can edit on a conversion.</summary>
public sealed record ConversionProfile(
    string BusinessName,
    string? Sector,
    Region Region,
    string? Town,
    string? State,
    string OwnerName,
    string? OwnerEmail,
    string? OwnerPhone,
    ConversionReason Reason,
    DateOnly? TargetSaleOn,
    string? TimelineNotes,
    decimal? Valuation,
    IReadOnlyList<ConversionWorkerDetails> Workers);

/// <summary>
/// A business whose owner is retiring or closing and might sell to its workers: the pipeline from lead to a worker
/// buy-in plan, its workers, the owner's timeline and the notes of each stage. Converting it hands it to the
/// mentoring pipeline as a developing co-op (<see cref="DevelopingCoopProfile"/>), which this record then links to.
/// </summary>
public sealed class Conversion : Entity, IVersioned
{
    private readonly List<ConversionWorker> _workers = [];
    private readonly List<ConversionNote> _notes = [];
    private readonly List<ConversionStageChange> _history = [];

    private Conversion() { }

    public Conversion(ConversionProfile profile, Actor by, DateTimeOffset at)
    {
        Apply(profile);
        Stage = ConversionStage.Lead;
        StageChangedAt = at;
        CreatedAt = at;
        _history.Add(new ConversionStageChange(null, ConversionStage.Lead, null, by, at));
    }

    public string BusinessName { get; private set; } = "";
    public string? Sector { get; private set; }
    public Region Region { get; private set; }
    public string? Town { get; private set; }
    public string? State { get; private set; }
    public string OwnerName { get; private set; } = "";
    public string? OwnerEmail { get; private set; }
    public string? OwnerPhone { get; private set; }
    public ConversionReason Reason { get; private set; }
    public DateOnly? TargetSaleOn { get; private set; }
    public string? TimelineNotes { get; private set; }
    public decimal? Valuation { get; private set; }
    public ConversionStage Stage { get; private set; }
    public DateTimeOffset StageChangedAt { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    /// <summary>Why it did not convert (set when it moves to <see cref="ConversionStage.NotConverted"/>).</summary>
    public string? NotConvertedReason { get; private set; }
    /// <summary>The developing co-op it became.</summary>
    public int? DevelopingCoopId { get; private set; }
    public int Version { get; set; }

    public IReadOnlyCollection<ConversionWorker> Workers => _workers;
    public IReadOnlyCollection<ConversionNote> Notes => _notes;
    public IReadOnlyCollection<ConversionStageChange> History => _history;

    public bool IsOpen => Stage.IsOpen();

    public void Edit(ConversionProfile profile)
    {
        EnsureOpen();
        Apply(profile);
    }

    private void Apply(ConversionProfile p)
    {
        BusinessName = Require.Text(p.BusinessName, "Enter the business's name.");
        OwnerName = Require.Text(p.OwnerName, "Enter the owner's name.");
        if (!Enum.IsDefined(p.Reason))
        {
            throw new DomainRuleException("Choose why the owner wants to sell: retiring, closing or other.");
        }

        if (p.Valuation is < 0)
        {
            throw new DomainRuleException("The valuation cannot be negative.");
        }

        Sector = Clean(p.Sector);
        Region = p.Region;
        Town = Clean(p.Town);
        State = Clean(p.State)?.ToUpperInvariant();
        OwnerEmail = Clean(p.OwnerEmail);
        OwnerPhone = Clean(p.OwnerPhone);
        Reason = p.Reason;
        TargetSaleOn = p.TargetSaleOn;
        TimelineNotes = Clean(p.TimelineNotes);
        Valuation = p.Valuation is { } v ? Math.Round(v, 2, MidpointRounding.AwayFromZero) : null;
        _workers.Clear();
        _workers.AddRange(p.Workers.Select(w => new ConversionWorker(
            Require.Text(w.Name, "Give each worker a name."), Clean(w.Role), Clean(w.Email), w.InterestedInOwnership)));
    }

    /// <summary>
    /// Moves forward one stage, or out of the pipeline to <see cref="ConversionStage.NotConverted"/> from any open stage
    /// (the reason is then required). Converted is reached only through <see cref="MarkConverted"/>.
    /// </summary>
    public void MoveTo(ConversionStage stage, string? note, Actor by, DateTimeOffset at)
    {
        EnsureOpen();
        if (!Enum.IsDefined(stage))
        {
            throw new DomainRuleException("Choose a stage of the conversion pipeline.");
        }

        var text = Clean(note);
        switch (stage)
        {
            case ConversionStage.Converted:
                throw new DomainRuleException("Convert the business from the buy-in plan stage with the Convert action; it creates the developing co-op.");
            case ConversionStage.NotConverted:
                NotConvertedReason = text ?? throw new DomainRuleException("Say why the business is not converting.");
                break;
            default:
                if (stage != Stage + 1)
                {
                    throw DomainRuleException.Format("{0} is at the {1} stage; it can only move on to the next stage, {2}, or out of the pipeline.",
                        BusinessName, Stage.Describe().ToLowerInvariant(), (Stage + 1).Describe().ToLowerInvariant());
                }

                break;
        }

        Change(stage, text, by, at);
    }

    /// <summary>A note on the stage the conversion is at (allowed at any stage, closed ones too: the story goes on).</summary>
    public ConversionNote AddNote(string text, Actor by, DateTimeOffset at)
    {
        var note = new ConversionNote(Stage, Require.Text(text, "Write the note."), by, at);
        _notes.Add(note);
        return note;
    }

    /// <summary>
    /// The developing co-op the converted business becomes in the mentoring pipeline: its name, sector, region and
    /// town carried over, a worker interested in ownership as contact (the owner if none has an email), the workers
    /// counted in the description, and conversion support as an essential need.
    /// </summary>
    public DevelopingCoopProfile DevelopingCoopProfile()
    {
        EnsureCanConvert();
        var interested = _workers.Where(w => w.InterestedInOwnership).ToList();
        var contact = interested.FirstOrDefault(w => w.Email is not null);
        var description = $"Converted from {BusinessName} ({Reason.Describe().ToLowerInvariant()}). " +
                          $"{_workers.Count} worker{(_workers.Count == 1 ? "" : "s")}, {interested.Count} interested in ownership" +
                          (interested.Count > 0 ? $": {string.Join(", ", interested.Select(w => w.Name))}." : ".") +
                          (Valuation is { } v ? $" Valued at {v.ToString("#,0.00", System.Globalization.CultureInfo.InvariantCulture)}." : "");
        return new DevelopingCoopProfile(BusinessName, DevelopingCoopKind.Conversion, Sector, Region, "English", Town, State,
            description.Length > 2000 ? description[..2000] : description,
            contact?.Name ?? OwnerName, contact?.Email ?? OwnerEmail, contact is null ? OwnerPhone : null,
            [new Need(Skill.ConversionAndSuccession, NeedImportance.Essential)]);
    }

    /// <summary>The hand-off is done: the conversion is closed as converted and points at its developing co-op.</summary>
    public void MarkConverted(int developingCoopId, Actor by, DateTimeOffset at)
    {
        EnsureCanConvert();
        DevelopingCoopId = developingCoopId;
        Change(ConversionStage.Converted, "Handed to the mentoring pipeline as a developing co-op", by, at);
    }

    private void EnsureCanConvert()
    {
        if (DevelopingCoopId is not null)
        {
            throw DomainRuleException.Format("{0} has already been converted.", BusinessName);
        }

        if (Stage != ConversionStage.BuyInPlan)
        {
            throw DomainRuleException.Format("{0} is at the {1} stage; only a business with a buy-in plan can be converted.",
                BusinessName, Stage.Describe().ToLowerInvariant());
        }
    }

    private void Change(ConversionStage stage, string? note, Actor by, DateTimeOffset at)
    {
        _history.Add(new ConversionStageChange(Stage, stage, note, by, at));
        Stage = stage;
        StageChangedAt = at;
    }

    private void EnsureOpen()
    {
        if (!IsOpen)
        {
            throw DomainRuleException.Format("{0} is {1}; its conversion record is closed.", BusinessName, Stage.Describe().ToLowerInvariant());
        }
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

public sealed class ConversionWorker : Entity
{
    private ConversionWorker() { }

    internal ConversionWorker(string name, string? role, string? email, bool interested)
    {
        Name = name;
        Role = role;
        Email = email;
        InterestedInOwnership = interested;
    }

    public int ConversionId { get; private set; }
    public string Name { get; private set; } = "";
    public string? Role { get; private set; }
    public string? Email { get; private set; }
    public bool InterestedInOwnership { get; private set; }
}

/// <summary>A note written at a stage of the conversion.</summary>
public sealed class ConversionNote : Entity
{
    private ConversionNote() { }

    internal ConversionNote(ConversionStage stage, string text, Actor by, DateTimeOffset at)
    {
        Stage = stage;
        Text = text.Length > 2000 ? text[..2000] : text;
        ByName = by.Name;
        ByUserId = by.UserId;
        At = at;
    }

    public int ConversionId { get; private set; }
    public ConversionStage Stage { get; private set; }
    public string Text { get; private set; } = "";
    public string ByName { get; private set; } = "";
    public int? ByUserId { get; private set; }
    public DateTimeOffset At { get; private set; }
}

/// <summary>A row of the conversion's stage history: from, to, why, who, when.</summary>
public sealed class ConversionStageChange : Entity
{
    private ConversionStageChange() { }

    internal ConversionStageChange(ConversionStage? from, ConversionStage to, string? note, Actor by, DateTimeOffset at)
    {
        From = from;
        To = to;
        Note = note is { Length: > 1000 } ? note[..1000] : note;
        ByName = by.Name;
        ByUserId = by.UserId;
        At = at;
    }

    public int ConversionId { get; private set; }
    public ConversionStage? From { get; private set; }
    public ConversionStage To { get; private set; }
    public string? Note { get; private set; }
    public string ByName { get; private set; } = "";
    public int? ByUserId { get; private set; }
    public DateTimeOffset At { get; private set; }
}
