using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Domain.Cooperatives;
using FluentValidation;
using MediatR;
using ValidationException = CoopAlliance.Application.Common.Exceptions.ValidationException;

namespace CoopAlliance.Application.Cooperatives;

/// <summary>
/// Edit a co-op's profile (staff, or a rep for their own co-op). <see cref="Version"/> is the version
/// the editor loaded: if someone saved in between, the edit is refused with a conflict and nothing is overwritten.
/// The figures that drive dues and the hours bank (worker counts, revenue band) come from the co-op's attested
/// self-report or from staff: a rep's edit sends them back unchanged, and a change is refused field by field.
/// </summary>
[Authorize(Roles.Staff, Roles.CoopRep)]
public sealed record UpdateCoop : ICommand, ICoopProfileInput
{
    public int Id { get; init; }
    public int Version { get; init; }
    public string LegalName { get; init; } = "";
    public string? TradeName { get; init; }
    public CoopKind Kind { get; init; }
    public string? Sector { get; init; }
    public string? StreetAddress { get; init; }
    public string? Town { get; init; }
    public string? State { get; init; }
    public string? PostalCode { get; init; }
    public Region Region { get; init; }
    public DateOnly? FoundedOn { get; init; }
    public int WorkerOwners { get; init; }
    public int OtherWorkers { get; init; }
    public RevenueBand RevenueBand { get; init; }
    public string? Website { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public string? Description { get; init; }

    public static UpdateCoop From(CoopDetail c) => new()
    {
        Id = c.Id,
        Version = c.Version,
        LegalName = c.LegalName,
        TradeName = c.TradeName,
        Kind = c.Kind,
        Sector = c.Sector,
        StreetAddress = c.StreetAddress,
        Town = c.Town,
        State = c.State,
        PostalCode = c.PostalCode,
        Region = c.Region,
        FoundedOn = c.FoundedOn,
        WorkerOwners = c.WorkerOwners,
        OtherWorkers = c.OtherWorkers,
        RevenueBand = c.RevenueBand,
        Website = c.Website,
        Email = c.Email,
        Phone = c.Phone,
        Description = c.Description,
    };
}

public sealed class UpdateCoopValidator : AbstractValidator<UpdateCoop>
{
    public UpdateCoopValidator(AllianceClock clock) => Include(new CoopProfileRules(clock));
}

public sealed class UpdateCoopHandler(IAppDbContext db, CoopAccess access) : IRequestHandler<UpdateCoop, Unit>
{
    public async Task<Unit> Handle(UpdateCoop request, CancellationToken cancellationToken)
    {
        var coop = await access.GetAsync(db.Cooperatives, request.Id, cancellationToken);
        db.ExpectVersion(coop, request.Version);
        if (!access.IsStaff)
        {
            EnsureFiguresUnchanged(coop, request);
        }

        var (name, town) = (coop.DisplayName, coop.Town);
        coop.UpdateProfile(request.ToProfile());
        if (coop.DisplayName != name || coop.Town != town)
        {
            // The directory's search finds listings by their co-op's name and town.
            await Marketing.Listings.ListingIndex.RefreshCoopAsync(db, coop, cancellationToken);
        }

        return Unit.Value;
    }

    public const string FiguresFromSelfReport =
        "This figure comes from your co-op's attested self-report (on the Dues page) and is kept by the alliance staff; " +
        "ask them to correct it.";

    private static void EnsureFiguresUnchanged(Cooperative coop, UpdateCoop request)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.WorkerOwners != coop.WorkerOwners)
        {
            errors[nameof(UpdateCoop.WorkerOwners)] = [FiguresFromSelfReport];
        }

        if (request.OtherWorkers != coop.OtherWorkers)
        {
            errors[nameof(UpdateCoop.OtherWorkers)] = [FiguresFromSelfReport];
        }

        if (request.RevenueBand != coop.RevenueBand)
        {
            errors[nameof(UpdateCoop.RevenueBand)] = [FiguresFromSelfReport];
        }

        if (errors.Count != 0)
        {
            throw new ValidationException(errors);
        }
    }
}
