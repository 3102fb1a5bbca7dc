using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Mentoring;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Mentoring;

/// <summary>Staff add a start-up group or conversion project to the pipeline; it gets the current checklist templates.</summary>
[Authorize(Roles.Staff)]
public sealed record CreateDevelopingCoop : ICommand<int>, IDevelopingCoopInput
{
    public string Name { get; init; } = "";
    public DevelopingCoopKind Kind { get; init; } = DevelopingCoopKind.StartupGroup;
    public string? Sector { get; init; }
    public Region Region { get; init; } = Region.WesternMassachusetts;
    public string? Language { get; init; } = "English";
    public string? Town { get; init; }
    public string? State { get; init; }
    public string? Description { get; init; }
    public string ContactName { get; init; } = "";
    public string? ContactEmail { get; init; }
    public string? ContactPhone { get; init; }
    public IReadOnlyList<Need> Needs { get; init; } = [];
}

public sealed class CreateDevelopingCoopValidator : AbstractValidator<CreateDevelopingCoop>
{
    public CreateDevelopingCoopValidator() => Include(new DevelopingCoopInputRules());
}

public sealed class CreateDevelopingCoopHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<CreateDevelopingCoop, int>
{
    public async Task<int> Handle(CreateDevelopingCoop request, CancellationToken cancellationToken)
    {
        var templates = await db.MilestoneTemplates.Where(t => t.IsActive).ToListAsync(cancellationToken);
        var coop = new DevelopingCoop(request.ToProfile(), templates, user.AsActor(), clock.GetUtcNow());
        db.DevelopingCoops.Add(coop);
        await db.SaveChangesAsync(cancellationToken); // the id is the answer
        return coop.Id;
    }
}
