using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Domain.Cooperatives;
using FluentValidation;

namespace CoopAlliance.Application.Cooperatives;

/// <summary>Staff enter a co-op directly (e.g. an existing member when the alliance starts using the system).</summary>
[Authorize(Roles.Staff)]
public sealed record CreateCoop : ICommand<int>, ICoopProfileInput
{
    public string LegalName { get; init; } = "";
    public string? TradeName { get; init; }
    public CoopKind Kind { get; init; } = CoopKind.WorkerCoop;
    public string? Sector { get; init; }
    public string? StreetAddress { get; init; }
    public string? Town { get; init; }
    public string? State { get; init; }
    public string? PostalCode { get; init; }
    public Region Region { get; init; } = Region.WesternMassachusetts;
    public DateOnly? FoundedOn { get; init; }
    public int WorkerOwners { get; init; }
    public int OtherWorkers { get; init; }
    public RevenueBand RevenueBand { get; init; }
    public string? Website { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public string? Description { get; init; }
    public MembershipStatus Status { get; init; } = MembershipStatus.Active;
    /// <summary>For an active member: when it joined (defaults to today).</summary>
    public DateOnly? MemberSince { get; init; }
}

public sealed class CreateCoopValidator : AbstractValidator<CreateCoop>
{
    public CreateCoopValidator(AllianceClock clock)
    {
        Include(new CoopProfileRules(clock));
        RuleFor(x => x.Status).IsInEnum().WithMessage("Choose a membership status.");
        RuleFor(x => x.MemberSince).LessThanOrEqualTo(_ => clock.Today)
            .When(x => x.MemberSince is not null).WithMessage("Member since cannot be in the future.");
    }
}

public sealed class CreateCoopHandler(IAppDbContext db, ICurrentUser user, AllianceClock clock) : MediatR.IRequestHandler<CreateCoop, int>
{
    public async Task<int> Handle(CreateCoop request, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var coop = Cooperative.Register(request.ToProfile(), request.Status,
            request.MemberSince ?? clock.DateOf(now), user.AsActor(), now);
        db.Cooperatives.Add(coop);
        await db.SaveChangesAsync(cancellationToken); // the id is the answer
        return coop.Id;
    }
}
