using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Mentoring;
using FluentValidation;
using MediatR;

namespace CoopAlliance.Application.Mentoring;

/// <summary>
/// Edit a mentor's profile (staff, or the mentor their own). Send the <see cref="Version"/> you read; conflicts
/// are staff's to set (a mentor's edit keeps them).
/// </summary>
[Authorize(Roles.Staff, Roles.Mentor)]
public sealed record UpdateMentor : ICommand, IMentorInput
{
    public int Id { get; init; }
    public int Version { get; init; }
    public string FullName { get; init; } = "";
    public string Email { get; init; } = "";
    public string? HomeCoop { get; init; }
    public IReadOnlyList<MentorSkill> Skills { get; init; } = [];
    public IReadOnlyList<string> Sectors { get; init; } = [];
    public IReadOnlyList<string> Languages { get; init; } = [];
    public Region Region { get; init; }
    public int Capacity { get; init; }
    public string? Bio { get; init; }
    public IReadOnlyList<int> ConflictCoopIds { get; init; } = [];
}

public sealed class UpdateMentorValidator : AbstractValidator<UpdateMentor>
{
    public UpdateMentorValidator()
    {
        Include(new MentorInputRules());
        RuleFor(x => x.FullName).NotEmpty().WithMessage("Enter the mentor's name.").MaximumLength(200);
        RuleFor(x => x.Email).NotEmpty().EmailAddress().WithMessage("Enter an email address like morgan@example.coop.").MaximumLength(256);
    }
}

public sealed class UpdateMentorHandler(IAppDbContext db, MentoringAccess access) : IRequestHandler<UpdateMentor, Unit>
{
    public async Task<Unit> Handle(UpdateMentor request, CancellationToken cancellationToken)
    {
        var mentor = await access.GetMentorAsync(request.Id, cancellationToken);
        db.ExpectVersion(mentor, request.Version);
        mentor.Update(new MentorProfile(request.FullName, request.Email, request.HomeCoop, request.Skills, request.Sectors,
            request.Languages, request.Region, request.Capacity, request.Bio));
        if (access.IsStaff)
        {
            mentor.SetConflicts(request.ConflictCoopIds);
        }

        return Unit.Value;
    }
}
