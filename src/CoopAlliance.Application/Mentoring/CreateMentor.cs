using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Mentoring;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Mentoring;

/// <summary>Staff give a Mentor login its mentor profile (name and email come from the login).</summary>
[Authorize(Roles.Staff)]
public sealed record CreateMentor : ICommand<int>, IMentorInput
{
    public int UserId { get; init; }
    public string? HomeCoop { get; init; }
    public IReadOnlyList<MentorSkill> Skills { get; init; } = [];
    public IReadOnlyList<string> Sectors { get; init; } = [];
    public IReadOnlyList<string> Languages { get; init; } = ["English"];
    public Region Region { get; init; } = Region.WesternMassachusetts;
    public int Capacity { get; init; } = 2;
    public string? Bio { get; init; }
    public IReadOnlyList<int> ConflictCoopIds { get; init; } = [];
}

public sealed class CreateMentorValidator : AbstractValidator<CreateMentor>
{
    public CreateMentorValidator(IIdentityService identity, IAppDbContext db)
    {
        Include(new MentorInputRules());
        RuleFor(x => x.UserId)
            .MustAsync(async (id, ct) => (await identity.FindAsync(id, ct))?.Roles.Contains(Roles.Mentor) == true)
            .WithMessage("Choose a login with the Mentor role (invite the person as a mentor first).")
            .MustAsync(async (id, ct) => !await db.Mentors.AnyAsync(m => m.UserId == id, ct))
            .WithMessage("This login already has a mentor profile.");
    }
}

public sealed class CreateMentorHandler(IAppDbContext db, IIdentityService identity) : IRequestHandler<CreateMentor, int>
{
    public async Task<int> Handle(CreateMentor request, CancellationToken cancellationToken)
    {
        var login = (await identity.FindAsync(request.UserId, cancellationToken))!;
        var mentor = new Mentor(request.UserId, new MentorProfile(login.FullName, login.Email, request.HomeCoop, request.Skills,
            request.Sectors, request.Languages, request.Region, request.Capacity, request.Bio));
        mentor.SetConflicts(request.ConflictCoopIds);
        db.Mentors.Add(mentor);
        await db.SaveChangesAsync(cancellationToken); // the id is the answer
        return mentor.Id;
    }
}
