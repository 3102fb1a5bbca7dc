IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL
BEGIN
    CREATE TABLE [__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123010617_Initial'
)
BEGIN
    CREATE TABLE [AspNetRoles] (
        [Id] int NOT NULL IDENTITY,
        [Name] nvarchar(256) NULL,
        [NormalizedName] nvarchar(256) NULL,
        [ConcurrencyStamp] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetRoles] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123010617_Initial'
)
BEGIN
    CREATE TABLE [AuditEntries] (
        [Id] int NOT NULL IDENTITY,
        [At] datetimeoffset NOT NULL,
        [UserId] int NULL,
        [UserName] nvarchar(256) NOT NULL,
        [Command] nvarchar(200) NOT NULL,
        [EntityType] nvarchar(200) NOT NULL,
        [EntityId] nvarchar(100) NOT NULL,
        [CooperativeId] int NULL,
        [Action] nvarchar(20) NOT NULL,
        [Changes] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_AuditEntries] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123010617_Initial'
)
BEGIN
    CREATE TABLE [Cooperatives] (
        [Id] int NOT NULL IDENTITY,
        [LegalName] nvarchar(200) NOT NULL,
        [TradeName] nvarchar(200) NULL,
        [Kind] int NOT NULL,
        [Sector] nvarchar(100) NULL,
        [StreetAddress] nvarchar(200) NULL,
        [Town] nvarchar(100) NULL,
        [State] nvarchar(2) NULL,
        [PostalCode] nvarchar(10) NULL,
        [Region] int NOT NULL,
        [FoundedOn] date NULL,
        [WorkerOwners] int NOT NULL,
        [OtherWorkers] int NOT NULL,
        [RevenueBand] int NOT NULL,
        [Website] nvarchar(300) NULL,
        [Email] nvarchar(200) NULL,
        [Phone] nvarchar(25) NULL,
        [Description] nvarchar(2000) NULL,
        [Status] int NOT NULL,
        [StatusChangedAt] datetimeoffset NOT NULL,
        [MemberSince] date NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Cooperatives] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123010617_Initial'
)
BEGIN
    CREATE TABLE [DataProtectionKeys] (
        [Id] int NOT NULL IDENTITY,
        [FriendlyName] nvarchar(max) NULL,
        [Xml] nvarchar(max) NULL,
        CONSTRAINT [PK_DataProtectionKeys] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123010617_Initial'
)
BEGIN
    CREATE TABLE [JobRuns] (
        [Id] int NOT NULL IDENTITY,
        [Job] nvarchar(100) NOT NULL,
        [RunKey] nvarchar(100) NOT NULL,
        [StartedAt] datetimeoffset NOT NULL,
        [FinishedAt] datetimeoffset NULL,
        [Status] int NOT NULL,
        [Processed] int NOT NULL,
        [Changed] int NOT NULL,
        [Log] nvarchar(4000) NULL,
        CONSTRAINT [PK_JobRuns] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123010617_Initial'
)
BEGIN
    CREATE TABLE [Outbox] (
        [Id] int NOT NULL IDENTITY,
        [To] nvarchar(256) NOT NULL,
        [Subject] nvarchar(300) NOT NULL,
        [Body] nvarchar(max) NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [Status] int NOT NULL,
        [Attempts] int NOT NULL,
        [NextAttemptAt] datetimeoffset NOT NULL,
        [ClaimedBy] uniqueidentifier NULL,
        [SentAt] datetimeoffset NULL,
        [LastError] nvarchar(2000) NULL,
        CONSTRAINT [PK_Outbox] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123010617_Initial'
)
BEGIN
    CREATE TABLE [AspNetRoleClaims] (
        [Id] int NOT NULL IDENTITY,
        [RoleId] int NOT NULL,
        [ClaimType] nvarchar(max) NULL,
        [ClaimValue] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetRoleClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetRoleClaims_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123010617_Initial'
)
BEGIN
    CREATE TABLE [AspNetUsers] (
        [Id] int NOT NULL IDENTITY,
        [FullName] nvarchar(200) NOT NULL,
        [CooperativeId] int NULL,
        [IsDisabled] bit NOT NULL,
        [InvitedAt] datetimeoffset NULL,
        [UserName] nvarchar(256) NULL,
        [NormalizedUserName] nvarchar(256) NULL,
        [Email] nvarchar(256) NULL,
        [NormalizedEmail] nvarchar(256) NULL,
        [EmailConfirmed] bit NOT NULL,
        [PasswordHash] nvarchar(max) NULL,
        [SecurityStamp] nvarchar(max) NULL,
        [ConcurrencyStamp] nvarchar(max) NULL,
        [PhoneNumber] nvarchar(max) NULL,
        [PhoneNumberConfirmed] bit NOT NULL,
        [TwoFactorEnabled] bit NOT NULL,
        [LockoutEnd] datetimeoffset NULL,
        [LockoutEnabled] bit NOT NULL,
        [AccessFailedCount] int NOT NULL,
        CONSTRAINT [PK_AspNetUsers] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetUsers_Cooperatives_CooperativeId] FOREIGN KEY ([CooperativeId]) REFERENCES [Cooperatives] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123010617_Initial'
)
BEGIN
    CREATE TABLE [DataReviewFindings] (
        [Id] int NOT NULL IDENTITY,
        [CooperativeId] int NOT NULL,
        [MissingFields] nvarchar(1000) NOT NULL,
        [FirstFlaggedOn] date NOT NULL,
        [LastReviewedOn] date NOT NULL,
        [ResolvedOn] date NULL,
        CONSTRAINT [PK_DataReviewFindings] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_DataReviewFindings_Cooperatives_CooperativeId] FOREIGN KEY ([CooperativeId]) REFERENCES [Cooperatives] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123010617_Initial'
)
BEGIN
    CREATE TABLE [MembershipChanges] (
        [Id] int NOT NULL IDENTITY,
        [CooperativeId] int NOT NULL,
        [Transition] int NOT NULL,
        [From] int NULL,
        [To] int NOT NULL,
        [At] datetimeoffset NOT NULL,
        [ByUserId] int NULL,
        [ByName] nvarchar(200) NOT NULL,
        [Reason] nvarchar(2000) NULL,
        [EffectiveOn] date NULL,
        [BoardVoteOn] date NULL,
        CONSTRAINT [PK_MembershipChanges] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_MembershipChanges_Cooperatives_CooperativeId] FOREIGN KEY ([CooperativeId]) REFERENCES [Cooperatives] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123010617_Initial'
)
BEGIN
    CREATE TABLE [People] (
        [Id] int NOT NULL IDENTITY,
        [CooperativeId] int NOT NULL,
        [FullName] nvarchar(200) NOT NULL,
        [Role] nvarchar(100) NULL,
        [Email] nvarchar(200) NULL,
        [Phone] nvarchar(25) NULL,
        [IsWorkerOwner] bit NOT NULL,
        [StartedOn] date NULL,
        [IsPrimaryContact] bit NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_People] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_People_Cooperatives_CooperativeId] FOREIGN KEY ([CooperativeId]) REFERENCES [Cooperatives] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123010617_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserClaims] (
        [Id] int NOT NULL IDENTITY,
        [UserId] int NOT NULL,
        [ClaimType] nvarchar(max) NULL,
        [ClaimValue] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetUserClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetUserClaims_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123010617_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserLogins] (
        [LoginProvider] nvarchar(450) NOT NULL,
        [ProviderKey] nvarchar(450) NOT NULL,
        [ProviderDisplayName] nvarchar(max) NULL,
        [UserId] int NOT NULL,
        CONSTRAINT [PK_AspNetUserLogins] PRIMARY KEY ([LoginProvider], [ProviderKey]),
        CONSTRAINT [FK_AspNetUserLogins_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123010617_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserRoles] (
        [UserId] int NOT NULL,
        [RoleId] int NOT NULL,
        CONSTRAINT [PK_AspNetUserRoles] PRIMARY KEY ([UserId], [RoleId]),
        CONSTRAINT [FK_AspNetUserRoles_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_AspNetUserRoles_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123010617_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserTokens] (
        [UserId] int NOT NULL,
        [LoginProvider] nvarchar(450) NOT NULL,
        [Name] nvarchar(450) NOT NULL,
        [Value] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetUserTokens] PRIMARY KEY ([UserId], [LoginProvider], [Name]),
        CONSTRAINT [FK_AspNetUserTokens_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123010617_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetRoleClaims_RoleId] ON [AspNetRoleClaims] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123010617_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [RoleNameIndex] ON [AspNetRoles] ([NormalizedName]) WHERE [NormalizedName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123010617_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserClaims_UserId] ON [AspNetUserClaims] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123010617_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserLogins_UserId] ON [AspNetUserLogins] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123010617_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserRoles_RoleId] ON [AspNetUserRoles] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123010617_Initial'
)
BEGIN
    CREATE INDEX [EmailIndex] ON [AspNetUsers] ([NormalizedEmail]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123010617_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUsers_CooperativeId] ON [AspNetUsers] ([CooperativeId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123010617_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [UserNameIndex] ON [AspNetUsers] ([NormalizedUserName]) WHERE [NormalizedUserName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123010617_Initial'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_CooperativeId_Id] ON [AuditEntries] ([CooperativeId], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123010617_Initial'
)
BEGIN
    CREATE INDEX [IX_Cooperatives_LegalName] ON [Cooperatives] ([LegalName]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123010617_Initial'
)
BEGIN
    CREATE INDEX [IX_Cooperatives_Status] ON [Cooperatives] ([Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123010617_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_DataReviewFindings_CooperativeId] ON [DataReviewFindings] ([CooperativeId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123010617_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_JobRuns_Job_RunKey] ON [JobRuns] ([Job], [RunKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123010617_Initial'
)
BEGIN
    CREATE INDEX [IX_MembershipChanges_CooperativeId] ON [MembershipChanges] ([CooperativeId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123010617_Initial'
)
BEGIN
    CREATE INDEX [IX_Outbox_Status_NextAttemptAt] ON [Outbox] ([Status], [NextAttemptAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123010617_Initial'
)
BEGIN
    CREATE INDEX [IX_People_CooperativeId] ON [People] ([CooperativeId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123010617_Initial'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123010617_Initial', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123111457_EmailAttachments'
)
BEGIN
    CREATE TABLE [OutboxAttachments] (
        [Id] int NOT NULL IDENTITY,
        [FileName] nvarchar(200) NOT NULL,
        [ContentType] nvarchar(100) NOT NULL,
        [Content] varbinary(max) NOT NULL,
        [OutboxMessageId] int NOT NULL,
        CONSTRAINT [PK_OutboxAttachments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_OutboxAttachments_Outbox_OutboxMessageId] FOREIGN KEY ([OutboxMessageId]) REFERENCES [Outbox] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123111457_EmailAttachments'
)
BEGIN
    CREATE INDEX [IX_OutboxAttachments_OutboxMessageId] ON [OutboxAttachments] ([OutboxMessageId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123111457_EmailAttachments'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123111457_EmailAttachments', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123112410_Assistance'
)
BEGIN
    CREATE TABLE [AssistanceProviders] (
        [Id] int NOT NULL IDENTITY,
        [Kind] int NOT NULL,
        [UserId] int NULL,
        [Name] nvarchar(200) NOT NULL,
        [Organization] nvarchar(200) NULL,
        [Email] nvarchar(200) NULL,
        [Phone] nvarchar(25) NULL,
        [Specialties] nvarchar(1000) NULL,
        [HourlyRate] decimal(18,2) NOT NULL,
        [Billing] int NOT NULL,
        [IsActive] bit NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_AssistanceProviders] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123112410_Assistance'
)
BEGIN
    CREATE TABLE [AssistanceRequests] (
        [Id] int NOT NULL IDENTITY,
        [CooperativeId] int NOT NULL,
        [Category] int NOT NULL,
        [Title] nvarchar(200) NOT NULL,
        [Description] nvarchar(max) NOT NULL,
        [Urgency] int NOT NULL,
        [Priority] int NOT NULL,
        [PreferredContact] int NOT NULL,
        [ContactDetail] nvarchar(200) NULL,
        [Status] int NOT NULL,
        [SubmittedAt] datetimeoffset NOT NULL,
        [SubmittedByUserId] int NULL,
        [SubmittedByName] nvarchar(200) NOT NULL,
        [StatusChangedAt] datetimeoffset NOT NULL,
        [ProviderId] int NULL,
        [FirstResponseDueOn] date NOT NULL,
        [ResolutionDueOn] date NOT NULL,
        [FirstRespondedAt] datetimeoffset NULL,
        [ResolvedAt] datetimeoffset NULL,
        [Resolution] nvarchar(4000) NULL,
        [DeclineReason] nvarchar(2000) NULL,
        [EstimatedHours] decimal(18,2) NULL,
        [NeedsHoursApproval] bit NOT NULL,
        [HoursApprovedAt] datetimeoffset NULL,
        [HoursApprovedByName] nvarchar(200) NULL,
        [Rating] int NULL,
        [RatingComment] nvarchar(2000) NULL,
        [RatedAt] datetimeoffset NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_AssistanceRequests] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AssistanceRequests_AssistanceProviders_ProviderId] FOREIGN KEY ([ProviderId]) REFERENCES [AssistanceProviders] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_AssistanceRequests_Cooperatives_CooperativeId] FOREIGN KEY ([CooperativeId]) REFERENCES [Cooperatives] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123112410_Assistance'
)
BEGIN
    CREATE TABLE [AssistanceAttachments] (
        [Id] int NOT NULL IDENTITY,
        [AssistanceRequestId] int NOT NULL,
        [FileName] nvarchar(200) NOT NULL,
        [ContentType] nvarchar(100) NOT NULL,
        [SizeBytes] bigint NOT NULL,
        [UploadedByUserId] int NULL,
        [UploadedByName] nvarchar(200) NOT NULL,
        [UploadedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_AssistanceAttachments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AssistanceAttachments_AssistanceRequests_AssistanceRequestId] FOREIGN KEY ([AssistanceRequestId]) REFERENCES [AssistanceRequests] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123112410_Assistance'
)
BEGIN
    CREATE TABLE [AssistanceComments] (
        [Id] int NOT NULL IDENTITY,
        [AssistanceRequestId] int NOT NULL,
        [Body] nvarchar(4000) NOT NULL,
        [IsInternal] bit NOT NULL,
        [ByStaff] bit NOT NULL,
        [AuthorUserId] int NULL,
        [AuthorName] nvarchar(200) NOT NULL,
        [At] datetimeoffset NOT NULL,
        CONSTRAINT [PK_AssistanceComments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AssistanceComments_AssistanceRequests_AssistanceRequestId] FOREIGN KEY ([AssistanceRequestId]) REFERENCES [AssistanceRequests] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123112410_Assistance'
)
BEGIN
    CREATE TABLE [AssistanceEvent] (
        [Id] int NOT NULL IDENTITY,
        [AssistanceRequestId] int NOT NULL,
        [Kind] int NOT NULL,
        [From] int NULL,
        [To] int NOT NULL,
        [At] datetimeoffset NOT NULL,
        [ByUserId] int NULL,
        [ByName] nvarchar(200) NOT NULL,
        [Note] nvarchar(4000) NULL,
        CONSTRAINT [PK_AssistanceEvent] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AssistanceEvent_AssistanceRequests_AssistanceRequestId] FOREIGN KEY ([AssistanceRequestId]) REFERENCES [AssistanceRequests] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123112410_Assistance'
)
BEGIN
    CREATE TABLE [AssistanceSlaAlerts] (
        [Id] int NOT NULL IDENTITY,
        [AssistanceRequestId] int NOT NULL,
        [Threshold] int NOT NULL,
        [DueOn] date NOT NULL,
        [At] datetimeoffset NOT NULL,
        CONSTRAINT [PK_AssistanceSlaAlerts] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AssistanceSlaAlerts_AssistanceRequests_AssistanceRequestId] FOREIGN KEY ([AssistanceRequestId]) REFERENCES [AssistanceRequests] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123112410_Assistance'
)
BEGIN
    CREATE TABLE [TimeEntries] (
        [Id] int NOT NULL IDENTITY,
        [AssistanceRequestId] int NOT NULL,
        [CooperativeId] int NOT NULL,
        [ProviderId] int NOT NULL,
        [WorkedOn] date NOT NULL,
        [Hours] decimal(18,2) NOT NULL,
        [Note] nvarchar(1000) NULL,
        [Billing] int NOT NULL,
        [HourlyRate] decimal(18,2) NOT NULL,
        [LoggedByUserId] int NULL,
        [LoggedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_TimeEntries] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_TimeEntries_AssistanceProviders_ProviderId] FOREIGN KEY ([ProviderId]) REFERENCES [AssistanceProviders] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_TimeEntries_AssistanceRequests_AssistanceRequestId] FOREIGN KEY ([AssistanceRequestId]) REFERENCES [AssistanceRequests] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123112410_Assistance'
)
BEGIN
    CREATE TABLE [AssistanceAttachmentContents] (
        [AssistanceAttachmentId] int NOT NULL,
        [Data] varbinary(max) NOT NULL,
        CONSTRAINT [PK_AssistanceAttachmentContents] PRIMARY KEY ([AssistanceAttachmentId]),
        CONSTRAINT [FK_AssistanceAttachmentContents_AssistanceAttachments_AssistanceAttachmentId] FOREIGN KEY ([AssistanceAttachmentId]) REFERENCES [AssistanceAttachments] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123112410_Assistance'
)
BEGIN
    CREATE INDEX [IX_AssistanceAttachments_AssistanceRequestId] ON [AssistanceAttachments] ([AssistanceRequestId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123112410_Assistance'
)
BEGIN
    CREATE INDEX [IX_AssistanceComments_AssistanceRequestId] ON [AssistanceComments] ([AssistanceRequestId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123112410_Assistance'
)
BEGIN
    CREATE INDEX [IX_AssistanceEvent_AssistanceRequestId] ON [AssistanceEvent] ([AssistanceRequestId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123112410_Assistance'
)
BEGIN
    CREATE INDEX [IX_AssistanceProviders_Name] ON [AssistanceProviders] ([Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123112410_Assistance'
)
BEGIN
    CREATE INDEX [IX_AssistanceRequests_CooperativeId_Status] ON [AssistanceRequests] ([CooperativeId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123112410_Assistance'
)
BEGIN
    CREATE INDEX [IX_AssistanceRequests_ProviderId] ON [AssistanceRequests] ([ProviderId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123112410_Assistance'
)
BEGIN
    CREATE INDEX [IX_AssistanceRequests_Status] ON [AssistanceRequests] ([Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123112410_Assistance'
)
BEGIN
    CREATE UNIQUE INDEX [IX_AssistanceSlaAlerts_AssistanceRequestId_Threshold_DueOn] ON [AssistanceSlaAlerts] ([AssistanceRequestId], [Threshold], [DueOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123112410_Assistance'
)
BEGIN
    CREATE INDEX [IX_TimeEntries_AssistanceRequestId] ON [TimeEntries] ([AssistanceRequestId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123112410_Assistance'
)
BEGIN
    CREATE INDEX [IX_TimeEntries_CooperativeId_WorkedOn] ON [TimeEntries] ([CooperativeId], [WorkedOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123112410_Assistance'
)
BEGIN
    CREATE INDEX [IX_TimeEntries_ProviderId_WorkedOn] ON [TimeEntries] ([ProviderId], [WorkedOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123112410_Assistance'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123112410_Assistance', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123112759_Mentoring'
)
BEGIN
    CREATE TABLE [DevelopingCoops] (
        [Id] int NOT NULL IDENTITY,
        [Name] nvarchar(200) NOT NULL,
        [Kind] int NOT NULL,
        [Sector] nvarchar(100) NULL,
        [Region] int NOT NULL,
        [Language] nvarchar(50) NULL,
        [Town] nvarchar(100) NULL,
        [State] nvarchar(2) NULL,
        [Description] nvarchar(2000) NULL,
        [ContactName] nvarchar(200) NOT NULL,
        [ContactEmail] nvarchar(200) NULL,
        [ContactPhone] nvarchar(25) NULL,
        [Stage] int NOT NULL,
        [StageChangedAt] datetimeoffset NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [RepUserIds] nvarchar(max) NOT NULL,
        [GraduatedCooperativeId] int NULL,
        [GraduatedAt] datetimeoffset NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_DevelopingCoops] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123112759_Mentoring'
)
BEGIN
    CREATE TABLE [Mentors] (
        [Id] int NOT NULL IDENTITY,
        [UserId] int NOT NULL,
        [FullName] nvarchar(200) NOT NULL,
        [Email] nvarchar(256) NOT NULL,
        [HomeCoop] nvarchar(200) NULL,
        [Sectors] nvarchar(max) NOT NULL,
        [Languages] nvarchar(max) NOT NULL,
        [Region] int NOT NULL,
        [Capacity] int NOT NULL,
        [Bio] nvarchar(2000) NULL,
        [PausedUntil] date NULL,
        [ConflictCoopIds] nvarchar(max) NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Mentors] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123112759_Mentoring'
)
BEGIN
    CREATE TABLE [MilestoneTemplates] (
        [Id] int NOT NULL IDENTITY,
        [Stage] int NOT NULL,
        [Title] nvarchar(300) NOT NULL,
        [SortOrder] int NOT NULL,
        [IsActive] bit NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_MilestoneTemplates] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123112759_Mentoring'
)
BEGIN
    CREATE TABLE [DevelopingCoopNeeds] (
        [Skill] int NOT NULL,
        [DevelopingCoopId] int NOT NULL,
        [Importance] int NOT NULL,
        CONSTRAINT [PK_DevelopingCoopNeeds] PRIMARY KEY ([DevelopingCoopId], [Skill]),
        CONSTRAINT [FK_DevelopingCoopNeeds_DevelopingCoops_DevelopingCoopId] FOREIGN KEY ([DevelopingCoopId]) REFERENCES [DevelopingCoops] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123112759_Mentoring'
)
BEGIN
    CREATE TABLE [DevelopmentEvents] (
        [Id] int NOT NULL IDENTITY,
        [DevelopingCoopId] int NOT NULL,
        [Kind] int NOT NULL,
        [Text] nvarchar(1000) NOT NULL,
        [Stage] int NULL,
        [At] datetimeoffset NOT NULL,
        [ByUserId] int NULL,
        [ByName] nvarchar(200) NOT NULL,
        CONSTRAINT [PK_DevelopmentEvents] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_DevelopmentEvents_DevelopingCoops_DevelopingCoopId] FOREIGN KEY ([DevelopingCoopId]) REFERENCES [DevelopingCoops] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123112759_Mentoring'
)
BEGIN
    CREATE TABLE [DevelopmentMilestone] (
        [Id] int NOT NULL IDENTITY,
        [DevelopingCoopId] int NOT NULL,
        [Stage] int NOT NULL,
        [Title] nvarchar(300) NOT NULL,
        [TemplateId] int NULL,
        [DoneOn] date NULL,
        [DoneByName] nvarchar(200) NULL,
        CONSTRAINT [PK_DevelopmentMilestone] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_DevelopmentMilestone_DevelopingCoops_DevelopingCoopId] FOREIGN KEY ([DevelopingCoopId]) REFERENCES [DevelopingCoops] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123112759_Mentoring'
)
BEGIN
    CREATE TABLE [MentorMatches] (
        [Id] int NOT NULL IDENTITY,
        [MentorId] int NOT NULL,
        [DevelopingCoopId] int NOT NULL,
        [Status] int NOT NULL,
        [Score] int NOT NULL,
        [Explanation] nvarchar(1000) NOT NULL,
        [ProposedAt] datetimeoffset NOT NULL,
        [OfferedAt] datetimeoffset NULL,
        [OfferExpiresOn] date NULL,
        [RespondedAt] datetimeoffset NULL,
        [StartedOn] date NULL,
        [EndedOn] date NULL,
        [Reason] nvarchar(1000) NULL,
        [ClosedByName] nvarchar(200) NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_MentorMatches] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_MentorMatches_DevelopingCoops_DevelopingCoopId] FOREIGN KEY ([DevelopingCoopId]) REFERENCES [DevelopingCoops] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_MentorMatches_Mentors_MentorId] FOREIGN KEY ([MentorId]) REFERENCES [Mentors] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123112759_Mentoring'
)
BEGIN
    CREATE TABLE [MentorSkills] (
        [Skill] int NOT NULL,
        [MentorId] int NOT NULL,
        [Level] int NOT NULL,
        CONSTRAINT [PK_MentorSkills] PRIMARY KEY ([MentorId], [Skill]),
        CONSTRAINT [FK_MentorSkills_Mentors_MentorId] FOREIGN KEY ([MentorId]) REFERENCES [Mentors] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123112759_Mentoring'
)
BEGIN
    CREATE TABLE [MentoringReminders] (
        [Id] int NOT NULL IDENTITY,
        [MatchId] int NOT NULL,
        [GapStartedOn] date NOT NULL,
        [SentAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_MentoringReminders] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_MentoringReminders_MentorMatches_MatchId] FOREIGN KEY ([MatchId]) REFERENCES [MentorMatches] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123112759_Mentoring'
)
BEGIN
    CREATE TABLE [MentoringSessions] (
        [Id] int NOT NULL IDENTITY,
        [MatchId] int NOT NULL,
        [MentorId] int NOT NULL,
        [DevelopingCoopId] int NOT NULL,
        [HeldOn] date NOT NULL,
        [Minutes] int NOT NULL,
        [Topics] nvarchar(500) NOT NULL,
        [Notes] nvarchar(4000) NULL,
        [NextSteps] nvarchar(2000) NULL,
        [LoggedByName] nvarchar(200) NOT NULL,
        [LoggedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_MentoringSessions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_MentoringSessions_MentorMatches_MatchId] FOREIGN KEY ([MatchId]) REFERENCES [MentorMatches] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123112759_Mentoring'
)
BEGIN
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'IsActive', N'SortOrder', N'Stage', N'Title', N'Version') AND [object_id] = OBJECT_ID(N'[MilestoneTemplates]'))
        SET IDENTITY_INSERT [MilestoneTemplates] ON;
    EXEC(N'INSERT INTO [MilestoneTemplates] ([Id], [IsActive], [SortOrder], [Stage], [Title], [Version])
    VALUES (1, CAST(1 AS bit), 1, 1, N''Core group of at least three future worker-owners'', 0),
    (2, CAST(1 AS bit), 2, 1, N''Shared vision statement written'', 0),
    (3, CAST(1 AS bit), 1, 2, N''Feasibility study completed'', 0),
    (4, CAST(1 AS bit), 2, 2, N''Market research with potential customers'', 0),
    (5, CAST(1 AS bit), 1, 3, N''Bylaws drafted'', 0),
    (6, CAST(1 AS bit), 2, 3, N''Business plan written'', 0),
    (7, CAST(1 AS bit), 3, 3, N''Bookkeeping system chosen'', 0),
    (8, CAST(1 AS bit), 1, 4, N''Member equity contributions set'', 0),
    (9, CAST(1 AS bit), 2, 4, N''Financing secured'', 0),
    (10, CAST(1 AS bit), 1, 5, N''Incorporated as a worker co-operative'', 0),
    (11, CAST(1 AS bit), 2, 5, N''First worker-owners admitted'', 0),
    (12, CAST(1 AS bit), 1, 6, N''First annual meeting held'', 0),
    (13, CAST(1 AS bit), 2, 6, N''Six months of regular bookkeeping'', 0)');
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'IsActive', N'SortOrder', N'Stage', N'Title', N'Version') AND [object_id] = OBJECT_ID(N'[MilestoneTemplates]'))
        SET IDENTITY_INSERT [MilestoneTemplates] OFF;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123112759_Mentoring'
)
BEGIN
    CREATE INDEX [IX_DevelopingCoops_Stage] ON [DevelopingCoops] ([Stage]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123112759_Mentoring'
)
BEGIN
    CREATE INDEX [IX_DevelopmentEvents_DevelopingCoopId_At] ON [DevelopmentEvents] ([DevelopingCoopId], [At]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123112759_Mentoring'
)
BEGIN
    CREATE INDEX [IX_DevelopmentMilestone_DevelopingCoopId] ON [DevelopmentMilestone] ([DevelopingCoopId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123112759_Mentoring'
)
BEGIN
    CREATE UNIQUE INDEX [IX_MentoringReminders_MatchId_GapStartedOn] ON [MentoringReminders] ([MatchId], [GapStartedOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123112759_Mentoring'
)
BEGIN
    CREATE INDEX [IX_MentoringSessions_DevelopingCoopId_HeldOn] ON [MentoringSessions] ([DevelopingCoopId], [HeldOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123112759_Mentoring'
)
BEGIN
    CREATE INDEX [IX_MentoringSessions_MatchId_HeldOn] ON [MentoringSessions] ([MatchId], [HeldOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123112759_Mentoring'
)
BEGIN
    CREATE INDEX [IX_MentorMatches_MentorId_Status] ON [MentorMatches] ([MentorId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123112759_Mentoring'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_MentorMatches_OneOpenPerCoop] ON [MentorMatches] ([DevelopingCoopId]) WHERE Status IN (1, 2, 3)');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123112759_Mentoring'
)
BEGIN
    CREATE INDEX [IX_MentorMatches_Status_OfferExpiresOn] ON [MentorMatches] ([Status], [OfferExpiresOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123112759_Mentoring'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Mentors_UserId] ON [Mentors] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123112759_Mentoring'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123112759_Mentoring', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123120346_AssistanceReports'
)
BEGIN
    CREATE TABLE [AssistanceReports] (
        [Id] int NOT NULL IDENTITY,
        [Month] nvarchar(7) NOT NULL,
        [From] date NOT NULL,
        [To] date NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [SizeBytes] bigint NOT NULL,
        [Pdf] varbinary(max) NOT NULL,
        CONSTRAINT [PK_AssistanceReports] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123120346_AssistanceReports'
)
BEGIN
    CREATE UNIQUE INDEX [IX_AssistanceReports_Month] ON [AssistanceReports] ([Month]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123120346_AssistanceReports'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123120346_AssistanceReports', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123120824_MentoringReports'
)
BEGIN
    CREATE TABLE [MentoringReports] (
        [Id] int NOT NULL IDENTITY,
        [Month] nvarchar(7) NOT NULL,
        [Pdf] varbinary(max) NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_MentoringReports] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123120824_MentoringReports'
)
BEGIN
    CREATE UNIQUE INDEX [IX_MentoringReports_Month] ON [MentoringReports] ([Month]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123120824_MentoringReports'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123120824_MentoringReports', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123124119_Dues'
)
BEGIN
    CREATE TABLE [DuesPolicies] (
        [Id] int NOT NULL IDENTITY,
        [Name] nvarchar(200) NOT NULL,
        [EffectiveFrom] date NOT NULL,
        [Frequency] int NOT NULL,
        [DueDays] int NOT NULL,
        [LaborHourValue] decimal(18,2) NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [Version] int NOT NULL,
        [Tiers] nvarchar(max) NULL,
        CONSTRAINT [PK_DuesPolicies] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123124119_Dues'
)
BEGIN
    CREATE TABLE [DuesSelfReports] (
        [Id] int NOT NULL IDENTITY,
        [CooperativeId] int NOT NULL,
        [Year] int NOT NULL,
        [Wages] decimal(18,2) NULL,
        [Revenue] decimal(18,2) NULL,
        [WorkerOwners] int NULL,
        [AttestedByName] nvarchar(256) NOT NULL,
        [AttestedByUserId] int NULL,
        [AttestedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_DuesSelfReports] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_DuesSelfReports_Cooperatives_CooperativeId] FOREIGN KEY ([CooperativeId]) REFERENCES [Cooperatives] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123124119_Dues'
)
BEGIN
    CREATE TABLE [HardshipReductions] (
        [Id] int NOT NULL IDENTITY,
        [CooperativeId] int NOT NULL,
        [Kind] int NOT NULL,
        [Value] decimal(18,2) NOT NULL,
        [From] date NOT NULL,
        [To] date NOT NULL,
        [Reason] nvarchar(1000) NOT NULL,
        [ApprovedByName] nvarchar(256) NOT NULL,
        [ApprovedByUserId] int NULL,
        [ApprovedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_HardshipReductions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_HardshipReductions_Cooperatives_CooperativeId] FOREIGN KEY ([CooperativeId]) REFERENCES [Cooperatives] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123124119_Dues'
)
BEGIN
    CREATE TABLE [InvoiceRuns] (
        [Id] int NOT NULL IDENTITY,
        [PeriodKey] nvarchar(10) NOT NULL,
        [PolicyId] int NOT NULL,
        [Status] int NOT NULL,
        [StartedBy] nvarchar(256) NOT NULL,
        [StartedAt] datetimeoffset NOT NULL,
        [FinishedAt] datetimeoffset NULL,
        [HeartbeatAt] datetimeoffset NOT NULL,
        [ClaimedBy] uniqueidentifier NULL,
        [Attempts] int NOT NULL,
        [Eligible] int NOT NULL,
        [Processed] int NOT NULL,
        [Created] int NOT NULL,
        [Skipped] int NOT NULL,
        [Errors] int NOT NULL,
        [AmountBilled] decimal(18,2) NOT NULL,
        [Log] nvarchar(4000) NULL,
        CONSTRAINT [PK_InvoiceRuns] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123124119_Dues'
)
BEGIN
    CREATE TABLE [Invoices] (
        [Id] int NOT NULL IDENTITY,
        [CooperativeId] int NOT NULL,
        [PolicyId] int NOT NULL,
        [PeriodKey] nvarchar(10) NOT NULL,
        [PeriodStart] date NOT NULL,
        [PeriodEnd] date NOT NULL,
        [IssuedOn] date NOT NULL,
        [DueOn] date NOT NULL,
        [Total] decimal(18,2) NOT NULL,
        [RunId] int NULL,
        [VoidedOn] date NULL,
        [VoidReason] nvarchar(1000) NULL,
        [VoidedByName] nvarchar(256) NULL,
        [Lines] nvarchar(max) NULL,
        CONSTRAINT [PK_Invoices] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Invoices_Cooperatives_CooperativeId] FOREIGN KEY ([CooperativeId]) REFERENCES [Cooperatives] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Invoices_DuesPolicies_PolicyId] FOREIGN KEY ([PolicyId]) REFERENCES [DuesPolicies] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123124119_Dues'
)
BEGIN
    CREATE TABLE [ArrearsNotices] (
        [Id] int NOT NULL IDENTITY,
        [InvoiceId] int NOT NULL,
        [CooperativeId] int NOT NULL,
        [DaysOverdue] int NOT NULL,
        [At] datetimeoffset NOT NULL,
        [Emailed] bit NOT NULL,
        CONSTRAINT [PK_ArrearsNotices] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ArrearsNotices_Invoices_InvoiceId] FOREIGN KEY ([InvoiceId]) REFERENCES [Invoices] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123124119_Dues'
)
BEGIN
    CREATE TABLE [DuesCredits] (
        [Id] int NOT NULL IDENTITY,
        [CooperativeId] int NOT NULL,
        [InvoiceId] int NULL,
        [Kind] int NOT NULL,
        [Amount] decimal(18,2) NOT NULL,
        [On] date NOT NULL,
        [Hours] decimal(18,2) NULL,
        [HourlyValue] decimal(18,2) NULL,
        [Reason] nvarchar(1000) NOT NULL,
        [ByName] nvarchar(256) NOT NULL,
        [At] datetimeoffset NOT NULL,
        CONSTRAINT [PK_DuesCredits] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_DuesCredits_Cooperatives_CooperativeId] FOREIGN KEY ([CooperativeId]) REFERENCES [Cooperatives] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_DuesCredits_Invoices_InvoiceId] FOREIGN KEY ([InvoiceId]) REFERENCES [Invoices] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123124119_Dues'
)
BEGIN
    CREATE TABLE [Payments] (
        [Id] int NOT NULL IDENTITY,
        [CooperativeId] int NOT NULL,
        [InvoiceId] int NULL,
        [Amount] decimal(18,2) NOT NULL,
        [ReceivedOn] date NOT NULL,
        [Method] int NOT NULL,
        [Reference] nvarchar(200) NULL,
        [RecordedByName] nvarchar(256) NOT NULL,
        [RecordedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_Payments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Payments_Cooperatives_CooperativeId] FOREIGN KEY ([CooperativeId]) REFERENCES [Cooperatives] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Payments_Invoices_InvoiceId] FOREIGN KEY ([InvoiceId]) REFERENCES [Invoices] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123124119_Dues'
)
BEGIN
    CREATE INDEX [IX_ArrearsNotices_CooperativeId] ON [ArrearsNotices] ([CooperativeId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123124119_Dues'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ArrearsNotices_InvoiceId_DaysOverdue] ON [ArrearsNotices] ([InvoiceId], [DaysOverdue]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123124119_Dues'
)
BEGIN
    CREATE INDEX [IX_DuesCredits_CooperativeId_On] ON [DuesCredits] ([CooperativeId], [On]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123124119_Dues'
)
BEGIN
    CREATE INDEX [IX_DuesCredits_InvoiceId] ON [DuesCredits] ([InvoiceId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123124119_Dues'
)
BEGIN
    CREATE INDEX [IX_DuesPolicies_EffectiveFrom] ON [DuesPolicies] ([EffectiveFrom]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123124119_Dues'
)
BEGIN
    CREATE UNIQUE INDEX [IX_DuesSelfReports_CooperativeId_Year] ON [DuesSelfReports] ([CooperativeId], [Year]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123124119_Dues'
)
BEGIN
    CREATE INDEX [IX_HardshipReductions_CooperativeId_From] ON [HardshipReductions] ([CooperativeId], [From]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123124119_Dues'
)
BEGIN
    CREATE UNIQUE INDEX [IX_InvoiceRuns_PeriodKey] ON [InvoiceRuns] ([PeriodKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123124119_Dues'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Invoices_CooperativeId_PolicyId_PeriodKey] ON [Invoices] ([CooperativeId], [PolicyId], [PeriodKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123124119_Dues'
)
BEGIN
    CREATE INDEX [IX_Invoices_PeriodKey_CooperativeId] ON [Invoices] ([PeriodKey], [CooperativeId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123124119_Dues'
)
BEGIN
    CREATE INDEX [IX_Invoices_PolicyId] ON [Invoices] ([PolicyId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123124119_Dues'
)
BEGIN
    CREATE INDEX [IX_Payments_CooperativeId_ReceivedOn] ON [Payments] ([CooperativeId], [ReceivedOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123124119_Dues'
)
BEGIN
    CREATE INDEX [IX_Payments_InvoiceId] ON [Payments] ([InvoiceId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123124119_Dues'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123124119_Dues', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123125524_DuesSummary'
)
BEGIN
    CREATE TABLE [DuesMonthlySummaries] (
        [Id] int NOT NULL IDENTITY,
        [Month] nvarchar(7) NOT NULL,
        [AsOf] date NOT NULL,
        [Billed] decimal(18,2) NOT NULL,
        [Collected] decimal(18,2) NOT NULL,
        [Credited] decimal(18,2) NOT NULL,
        [Outstanding] decimal(18,2) NOT NULL,
        [Aging0To30] decimal(18,2) NOT NULL,
        [Aging31To60] decimal(18,2) NOT NULL,
        [Aging61To90] decimal(18,2) NOT NULL,
        [AgingOver90] decimal(18,2) NOT NULL,
        [CoopsOwing] int NOT NULL,
        [Pdf] varbinary(max) NOT NULL,
        [GeneratedBy] nvarchar(256) NOT NULL,
        [GeneratedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_DuesMonthlySummaries] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123125524_DuesSummary'
)
BEGIN
    CREATE UNIQUE INDEX [IX_DuesMonthlySummaries_Month] ON [DuesMonthlySummaries] ([Month]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123125524_DuesSummary'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123125524_DuesSummary', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205013517_AddDraftUploads'
)
BEGIN
    CREATE TABLE [DraftUploads] (
        [Id] int NOT NULL IDENTITY,
        [Token] nvarchar(32) NOT NULL,
        [UserId] int NOT NULL,
        [FileName] nvarchar(260) NOT NULL,
        [ContentType] nvarchar(200) NOT NULL,
        [Content] varbinary(max) NOT NULL,
        [Size] bigint NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_DraftUploads] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205013517_AddDraftUploads'
)
BEGIN
    CREATE INDEX [IX_DraftUploads_CreatedAt] ON [DraftUploads] ([CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205013517_AddDraftUploads'
)
BEGIN
    CREATE INDEX [IX_DraftUploads_Token_UserId] ON [DraftUploads] ([Token], [UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205013517_AddDraftUploads'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261205013517_AddDraftUploads', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205075536_AddGroupBenefits'
)
BEGIN
    DROP INDEX [IX_Invoices_CooperativeId_PolicyId_PeriodKey] ON [Invoices];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205075536_AddGroupBenefits'
)
BEGIN
    DROP INDEX [IX_InvoiceRuns_PeriodKey] ON [InvoiceRuns];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205075536_AddGroupBenefits'
)
BEGIN
    DECLARE @var nvarchar(max);
    SELECT @var = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[Invoices]') AND [c].[name] = N'PolicyId');
    IF @var IS NOT NULL EXEC(N'ALTER TABLE [Invoices] DROP CONSTRAINT ' + @var + ';');
    ALTER TABLE [Invoices] ALTER COLUMN [PolicyId] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205075536_AddGroupBenefits'
)
BEGIN
    ALTER TABLE [Invoices] ADD [Kind] int NOT NULL DEFAULT 1;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205075536_AddGroupBenefits'
)
BEGIN
    ALTER TABLE [InvoiceRuns] ADD [Kind] int NOT NULL DEFAULT 1;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205075536_AddGroupBenefits'
)
BEGIN
    CREATE TABLE [BenefitMembers] (
        [Id] int NOT NULL IDENTITY,
        [CooperativeId] int NOT NULL,
        [PersonId] int NULL,
        [FirstName] nvarchar(100) NOT NULL,
        [LastName] nvarchar(100) NOT NULL,
        [Email] nvarchar(256) NULL,
        [Kind] int NOT NULL,
        [HoursPerWeek] decimal(5,2) NOT NULL,
        [HiredOn] date NULL,
        [State] nvarchar(2) NULL,
        [Gender] nvarchar(1) NULL,
        [BirthDateSealed] nvarchar(500) NULL,
        [TaxpayerIdSealed] nvarchar(500) NULL,
        [TaxpayerIdLast4] nvarchar(4) NULL,
        [LeftRosterOn] date NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_BenefitMembers] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_BenefitMembers_Cooperatives_CooperativeId] FOREIGN KEY ([CooperativeId]) REFERENCES [Cooperatives] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_BenefitMembers_People_PersonId] FOREIGN KEY ([PersonId]) REFERENCES [People] ([Id]) ON DELETE SET NULL
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205075536_AddGroupBenefits'
)
BEGIN
    CREATE TABLE [Carriers] (
        [Id] int NOT NULL IDENTITY,
        [Name] nvarchar(200) NOT NULL,
        [X12ReceiverId] nvarchar(15) NOT NULL,
        [Email] nvarchar(256) NULL,
        [BillMappingJson] nvarchar(2000) NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Carriers] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205075536_AddGroupBenefits'
)
BEGIN
    CREATE TABLE [Dependents] (
        [Id] int NOT NULL IDENTITY,
        [MemberId] int NOT NULL,
        [FirstName] nvarchar(100) NOT NULL,
        [LastName] nvarchar(100) NOT NULL,
        [Relationship] int NOT NULL,
        [BirthDateSealed] nvarchar(500) NULL,
        [Gender] nvarchar(1) NULL,
        [RemovedOn] date NULL,
        CONSTRAINT [PK_Dependents] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Dependents_BenefitMembers_MemberId] FOREIGN KEY ([MemberId]) REFERENCES [BenefitMembers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205075536_AddGroupBenefits'
)
BEGIN
    CREATE TABLE [LifeEvents] (
        [Id] int NOT NULL IDENTITY,
        [CooperativeId] int NOT NULL,
        [MemberId] int NOT NULL,
        [Kind] int NOT NULL,
        [HappenedOn] date NOT NULL,
        [ReportedOn] date NOT NULL,
        [Description] nvarchar(2000) NULL,
        [ReportedByName] nvarchar(256) NOT NULL,
        [ReportedAt] datetimeoffset NOT NULL,
        [Status] int NOT NULL,
        [DecidedByName] nvarchar(256) NULL,
        [DecidedOn] date NULL,
        [DecisionNote] nvarchar(1000) NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_LifeEvents] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_LifeEvents_BenefitMembers_MemberId] FOREIGN KEY ([MemberId]) REFERENCES [BenefitMembers] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205075536_AddGroupBenefits'
)
BEGIN
    CREATE TABLE [CarrierBillUploads] (
        [Id] int NOT NULL IDENTITY,
        [CarrierId] int NOT NULL,
        [PeriodKey] nvarchar(10) NOT NULL,
        [FileName] nvarchar(255) NOT NULL,
        [Data] varbinary(max) NOT NULL,
        [UploadedByName] nvarchar(256) NOT NULL,
        [UploadedAt] datetimeoffset NOT NULL,
        [ExpectedTotal] decimal(18,2) NOT NULL,
        [BilledTotal] decimal(18,2) NOT NULL,
        [Matched] int NOT NULL,
        [Discrepancies] int NOT NULL,
        [RowProblems] int NOT NULL,
        CONSTRAINT [PK_CarrierBillUploads] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CarrierBillUploads_Carriers_CarrierId] FOREIGN KEY ([CarrierId]) REFERENCES [Carriers] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205075536_AddGroupBenefits'
)
BEGIN
    CREATE TABLE [EnrollmentExports] (
        [Id] int NOT NULL IDENTITY,
        [CarrierId] int NOT NULL,
        [Kind] int NOT NULL,
        [AsOf] date NOT NULL,
        [Status] int NOT NULL,
        [CreatedByName] nvarchar(256) NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [Members] int NOT NULL,
        [Subscribers] int NOT NULL,
        [Segments] int NOT NULL,
        [Changes] int NOT NULL,
        [DecidedByName] nvarchar(256) NULL,
        [DecisionNote] nvarchar(1000) NULL,
        CONSTRAINT [PK_EnrollmentExports] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_EnrollmentExports_Carriers_CarrierId] FOREIGN KEY ([CarrierId]) REFERENCES [Carriers] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205075536_AddGroupBenefits'
)
BEGIN
    CREATE TABLE [Plans] (
        [Id] int NOT NULL IDENTITY,
        [Name] nvarchar(200) NOT NULL,
        [Kind] int NOT NULL,
        [CarrierId] int NOT NULL,
        [PlanCode] nvarchar(50) NOT NULL,
        [Rules] nvarchar(1000) NOT NULL,
        [LifeEventDays] int NOT NULL,
        [ContributionRule] nvarchar(1000) NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Plans] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Plans_Carriers_CarrierId] FOREIGN KEY ([CarrierId]) REFERENCES [Carriers] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205075536_AddGroupBenefits'
)
BEGIN
    CREATE TABLE [LifeEventAttachments] (
        [Id] int NOT NULL IDENTITY,
        [LifeEventId] int NOT NULL,
        [FileName] nvarchar(255) NOT NULL,
        [ContentType] nvarchar(100) NOT NULL,
        [SizeBytes] bigint NOT NULL,
        [Data] varbinary(max) NOT NULL,
        [UploadedByName] nvarchar(256) NOT NULL,
        [UploadedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_LifeEventAttachments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_LifeEventAttachments_LifeEvents_LifeEventId] FOREIGN KEY ([LifeEventId]) REFERENCES [LifeEvents] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205075536_AddGroupBenefits'
)
BEGIN
    CREATE TABLE [EnrollmentExportFiles] (
        [ExportId] int NOT NULL,
        [Gzip] varbinary(max) NOT NULL,
        CONSTRAINT [PK_EnrollmentExportFiles] PRIMARY KEY ([ExportId]),
        CONSTRAINT [FK_EnrollmentExportFiles_EnrollmentExports_ExportId] FOREIGN KEY ([ExportId]) REFERENCES [EnrollmentExports] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205075536_AddGroupBenefits'
)
BEGIN
    CREATE TABLE [PlanYears] (
        [Id] int NOT NULL IDENTITY,
        [PlanId] int NOT NULL,
        [StartsOn] date NOT NULL,
        [EndsOn] date NOT NULL,
        [EnrollmentOpensOn] date NOT NULL,
        [EnrollmentClosesOn] date NOT NULL,
        [WindowOpenedAt] datetimeoffset NULL,
        [WindowClosedAt] datetimeoffset NULL,
        [Rates] nvarchar(1000) NOT NULL,
        CONSTRAINT [PK_PlanYears] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PlanYears_Plans_PlanId] FOREIGN KEY ([PlanId]) REFERENCES [Plans] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205075536_AddGroupBenefits'
)
BEGIN
    CREATE TABLE [CoopParticipations] (
        [Id] int NOT NULL IDENTITY,
        [CooperativeId] int NOT NULL,
        [PlanYearId] int NOT NULL,
        [ContributionKind] int NOT NULL,
        [Percent] decimal(5,2) NULL,
        [FixedAmounts] nvarchar(1000) NOT NULL,
        [From] date NOT NULL,
        [Status] int NOT NULL,
        [GroupNumber] nvarchar(50) NULL,
        [RequestedByName] nvarchar(256) NOT NULL,
        [RequestedAt] datetimeoffset NOT NULL,
        [DecidedByName] nvarchar(256) NULL,
        [DecidedAt] datetimeoffset NULL,
        [DecisionNote] nvarchar(1000) NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_CoopParticipations] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CoopParticipations_Cooperatives_CooperativeId] FOREIGN KEY ([CooperativeId]) REFERENCES [Cooperatives] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_CoopParticipations_PlanYears_PlanYearId] FOREIGN KEY ([PlanYearId]) REFERENCES [PlanYears] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205075536_AddGroupBenefits'
)
BEGIN
    CREATE TABLE [CoverageTerminations] (
        [Id] int NOT NULL IDENTITY,
        [CooperativeId] int NOT NULL,
        [MemberId] int NOT NULL,
        [PlanYearId] int NOT NULL,
        [Reason] int NOT NULL,
        [LastCoveredDay] date NOT NULL,
        [DetectedAt] datetimeoffset NOT NULL,
        [Status] int NOT NULL,
        [NoticeSentAt] datetimeoffset NULL,
        [CancelledByName] nvarchar(256) NULL,
        CONSTRAINT [PK_CoverageTerminations] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CoverageTerminations_BenefitMembers_MemberId] FOREIGN KEY ([MemberId]) REFERENCES [BenefitMembers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_CoverageTerminations_PlanYears_PlanYearId] FOREIGN KEY ([PlanYearId]) REFERENCES [PlanYears] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205075536_AddGroupBenefits'
)
BEGIN
    CREATE TABLE [Elections] (
        [Id] int NOT NULL IDENTITY,
        [CooperativeId] int NOT NULL,
        [PlanYearId] int NOT NULL,
        [MemberId] int NOT NULL,
        [Choice] int NOT NULL,
        [Tier] int NULL,
        [DependentIds] nvarchar(500) NOT NULL,
        [WaiveReason] int NULL,
        [EffectiveOn] date NOT NULL,
        [EndsOn] date NULL,
        [Reason] int NOT NULL,
        [LifeEventId] int NULL,
        [RecordedByName] nvarchar(256) NOT NULL,
        [RecordedAt] datetimeoffset NOT NULL,
        [ExportId] int NULL,
        CONSTRAINT [PK_Elections] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Elections_BenefitMembers_MemberId] FOREIGN KEY ([MemberId]) REFERENCES [BenefitMembers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Elections_Cooperatives_CooperativeId] FOREIGN KEY ([CooperativeId]) REFERENCES [Cooperatives] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Elections_EnrollmentExports_ExportId] FOREIGN KEY ([ExportId]) REFERENCES [EnrollmentExports] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Elections_LifeEvents_LifeEventId] FOREIGN KEY ([LifeEventId]) REFERENCES [LifeEvents] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Elections_PlanYears_PlanYearId] FOREIGN KEY ([PlanYearId]) REFERENCES [PlanYears] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205075536_AddGroupBenefits'
)
BEGIN
    CREATE TABLE [EnrollmentReminders] (
        [Id] int NOT NULL IDENTITY,
        [PlanYearId] int NOT NULL,
        [CooperativeId] int NOT NULL,
        [Kind] int NOT NULL,
        [WorkersMissing] int NOT NULL,
        [SentAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_EnrollmentReminders] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_EnrollmentReminders_Cooperatives_CooperativeId] FOREIGN KEY ([CooperativeId]) REFERENCES [Cooperatives] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_EnrollmentReminders_PlanYears_PlanYearId] FOREIGN KEY ([PlanYearId]) REFERENCES [PlanYears] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205075536_AddGroupBenefits'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Invoices_CooperativeId_Kind_PeriodKey] ON [Invoices] ([CooperativeId], [Kind], [PeriodKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205075536_AddGroupBenefits'
)
BEGIN
    CREATE UNIQUE INDEX [IX_InvoiceRuns_Kind_PeriodKey] ON [InvoiceRuns] ([Kind], [PeriodKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205075536_AddGroupBenefits'
)
BEGIN
    CREATE INDEX [IX_BenefitMembers_CooperativeId_LastName] ON [BenefitMembers] ([CooperativeId], [LastName]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205075536_AddGroupBenefits'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_BenefitMembers_PersonId] ON [BenefitMembers] ([PersonId]) WHERE [PersonId] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205075536_AddGroupBenefits'
)
BEGIN
    CREATE INDEX [IX_CarrierBillUploads_CarrierId_PeriodKey] ON [CarrierBillUploads] ([CarrierId], [PeriodKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205075536_AddGroupBenefits'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Carriers_Name] ON [Carriers] ([Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205075536_AddGroupBenefits'
)
BEGIN
    CREATE UNIQUE INDEX [IX_CoopParticipations_CooperativeId_PlanYearId] ON [CoopParticipations] ([CooperativeId], [PlanYearId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205075536_AddGroupBenefits'
)
BEGIN
    CREATE INDEX [IX_CoopParticipations_PlanYearId] ON [CoopParticipations] ([PlanYearId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205075536_AddGroupBenefits'
)
BEGIN
    CREATE UNIQUE INDEX [IX_CoverageTerminations_MemberId_PlanYearId_LastCoveredDay] ON [CoverageTerminations] ([MemberId], [PlanYearId], [LastCoveredDay]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205075536_AddGroupBenefits'
)
BEGIN
    CREATE INDEX [IX_CoverageTerminations_PlanYearId] ON [CoverageTerminations] ([PlanYearId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205075536_AddGroupBenefits'
)
BEGIN
    CREATE INDEX [IX_CoverageTerminations_Status_LastCoveredDay] ON [CoverageTerminations] ([Status], [LastCoveredDay]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205075536_AddGroupBenefits'
)
BEGIN
    CREATE INDEX [IX_Dependents_MemberId] ON [Dependents] ([MemberId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205075536_AddGroupBenefits'
)
BEGIN
    CREATE INDEX [IX_Elections_CooperativeId] ON [Elections] ([CooperativeId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205075536_AddGroupBenefits'
)
BEGIN
    CREATE INDEX [IX_Elections_ExportId] ON [Elections] ([ExportId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205075536_AddGroupBenefits'
)
BEGIN
    CREATE INDEX [IX_Elections_LifeEventId] ON [Elections] ([LifeEventId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205075536_AddGroupBenefits'
)
BEGIN
    CREATE INDEX [IX_Elections_MemberId_PlanYearId] ON [Elections] ([MemberId], [PlanYearId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205075536_AddGroupBenefits'
)
BEGIN
    CREATE INDEX [IX_Elections_PlanYearId_CooperativeId] ON [Elections] ([PlanYearId], [CooperativeId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205075536_AddGroupBenefits'
)
BEGIN
    CREATE INDEX [IX_EnrollmentExports_CarrierId_CreatedAt] ON [EnrollmentExports] ([CarrierId], [CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205075536_AddGroupBenefits'
)
BEGIN
    CREATE INDEX [IX_EnrollmentReminders_CooperativeId] ON [EnrollmentReminders] ([CooperativeId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205075536_AddGroupBenefits'
)
BEGIN
    CREATE UNIQUE INDEX [IX_EnrollmentReminders_PlanYearId_CooperativeId_Kind] ON [EnrollmentReminders] ([PlanYearId], [CooperativeId], [Kind]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205075536_AddGroupBenefits'
)
BEGIN
    CREATE INDEX [IX_LifeEventAttachments_LifeEventId] ON [LifeEventAttachments] ([LifeEventId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205075536_AddGroupBenefits'
)
BEGIN
    CREATE INDEX [IX_LifeEvents_CooperativeId] ON [LifeEvents] ([CooperativeId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205075536_AddGroupBenefits'
)
BEGIN
    CREATE INDEX [IX_LifeEvents_MemberId] ON [LifeEvents] ([MemberId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205075536_AddGroupBenefits'
)
BEGIN
    CREATE INDEX [IX_LifeEvents_Status_ReportedOn] ON [LifeEvents] ([Status], [ReportedOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205075536_AddGroupBenefits'
)
BEGIN
    CREATE INDEX [IX_Plans_CarrierId] ON [Plans] ([CarrierId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205075536_AddGroupBenefits'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Plans_Name] ON [Plans] ([Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205075536_AddGroupBenefits'
)
BEGIN
    CREATE UNIQUE INDEX [IX_PlanYears_PlanId_StartsOn] ON [PlanYears] ([PlanId], [StartsOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205075536_AddGroupBenefits'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261205075536_AddGroupBenefits', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205165901_AddJointMarketing'
)
BEGIN
    CREATE TABLE [Campaigns] (
        [Id] int NOT NULL IDENTITY,
        [Name] nvarchar(200) NOT NULL,
        [Description] nvarchar(4000) NULL,
        [StartsOn] date NOT NULL,
        [EndsOn] date NOT NULL,
        [JoinBy] date NOT NULL,
        [Budget] decimal(12,2) NOT NULL,
        [Sharing] int NOT NULL,
        [CategoryIds] nvarchar(1000) NOT NULL,
        [Regions] nvarchar(200) NOT NULL,
        [Status] int NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [CreatedBy] nvarchar(200) NOT NULL,
        [ChargedAt] datetimeoffset NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Campaigns] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205165901_AddJointMarketing'
)
BEGIN
    CREATE TABLE [ListingCategories] (
        [Id] int NOT NULL IDENTITY,
        [Name] nvarchar(100) NOT NULL,
        [Slug] nvarchar(100) NOT NULL,
        [SortOrder] int NOT NULL,
        [IsRetired] bit NOT NULL,
        CONSTRAINT [PK_ListingCategories] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205165901_AddJointMarketing'
)
BEGIN
    CREATE TABLE [Listings] (
        [Id] int NOT NULL IDENTITY,
        [CooperativeId] int NOT NULL,
        [Title] nvarchar(150) NOT NULL,
        [Kind] int NOT NULL,
        [Description] nvarchar(4000) NOT NULL,
        [HowToOrder] nvarchar(1000) NULL,
        [ContactEmail] nvarchar(256) NULL,
        [ContactPhone] nvarchar(50) NULL,
        [Website] nvarchar(500) NULL,
        [OrderUrl] nvarchar(500) NULL,
        [Status] int NOT NULL,
        [ReturnNote] nvarchar(2000) NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [UpdatedAt] datetimeoffset NOT NULL,
        [SubmittedAt] datetimeoffset NULL,
        [PublishedOn] date NULL,
        [ExpiresOn] date NULL,
        [ReminderSentFor] date NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Listings] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Listings_Cooperatives_CooperativeId] FOREIGN KEY ([CooperativeId]) REFERENCES [Cooperatives] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205165901_AddJointMarketing'
)
BEGIN
    CREATE TABLE [CampaignParticipants] (
        [Id] int NOT NULL IDENTITY,
        [CampaignId] int NOT NULL,
        [CooperativeId] int NOT NULL,
        [JoinedAt] datetimeoffset NOT NULL,
        [JoinedBy] nvarchar(200) NOT NULL,
        [WorkersCharged] int NULL,
        [Share] decimal(12,2) NULL,
        [InvoiceId] int NULL,
        CONSTRAINT [PK_CampaignParticipants] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CampaignParticipants_Campaigns_CampaignId] FOREIGN KEY ([CampaignId]) REFERENCES [Campaigns] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_CampaignParticipants_Cooperatives_CooperativeId] FOREIGN KEY ([CooperativeId]) REFERENCES [Cooperatives] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205165901_AddJointMarketing'
)
BEGIN
    CREATE TABLE [ListingCategoryLinks] (
        [ListingId] int NOT NULL,
        [CategoryId] int NOT NULL,
        CONSTRAINT [PK_ListingCategoryLinks] PRIMARY KEY ([ListingId], [CategoryId]),
        CONSTRAINT [FK_ListingCategoryLinks_ListingCategories_CategoryId] FOREIGN KEY ([CategoryId]) REFERENCES [ListingCategories] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ListingCategoryLinks_Listings_ListingId] FOREIGN KEY ([ListingId]) REFERENCES [Listings] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205165901_AddJointMarketing'
)
BEGIN
    CREATE TABLE [ListingEvents] (
        [Id] int NOT NULL IDENTITY,
        [ListingId] int NOT NULL,
        [Action] int NOT NULL,
        [From] int NULL,
        [To] int NOT NULL,
        [ByUserId] int NULL,
        [ByName] nvarchar(200) NOT NULL,
        [At] datetimeoffset NOT NULL,
        [Note] nvarchar(2000) NULL,
        CONSTRAINT [PK_ListingEvents] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ListingEvents_Listings_ListingId] FOREIGN KEY ([ListingId]) REFERENCES [Listings] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205165901_AddJointMarketing'
)
BEGIN
    CREATE TABLE [ListingRegions] (
        [ListingId] int NOT NULL,
        [Region] int NOT NULL,
        CONSTRAINT [PK_ListingRegions] PRIMARY KEY ([ListingId], [Region]),
        CONSTRAINT [FK_ListingRegions_Listings_ListingId] FOREIGN KEY ([ListingId]) REFERENCES [Listings] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205165901_AddJointMarketing'
)
BEGIN
    CREATE TABLE [ListingSearchEntries] (
        [ListingId] int NOT NULL,
        [Text] nvarchar(4000) NOT NULL,
        CONSTRAINT [PK_ListingSearchEntries] PRIMARY KEY ([ListingId]),
        CONSTRAINT [FK_ListingSearchEntries_Listings_ListingId] FOREIGN KEY ([ListingId]) REFERENCES [Listings] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205165901_AddJointMarketing'
)
BEGIN
    CREATE TABLE [ListingSearchTerms] (
        [ListingId] int NOT NULL,
        [Term] nvarchar(40) NOT NULL,
        CONSTRAINT [PK_ListingSearchTerms] PRIMARY KEY ([ListingId], [Term]),
        CONSTRAINT [FK_ListingSearchTerms_Listings_ListingId] FOREIGN KEY ([ListingId]) REFERENCES [Listings] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205165901_AddJointMarketing'
)
BEGIN
    CREATE TABLE [Photos] (
        [Id] int NOT NULL IDENTITY,
        [ListingId] int NULL,
        [StoryId] int NULL,
        [Position] int NOT NULL,
        [AltText] nvarchar(300) NOT NULL,
        [Width] int NOT NULL,
        [Height] int NOT NULL,
        [Sha256] nvarchar(64) NOT NULL,
        [UploadedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_Photos] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Photos_Listings_ListingId] FOREIGN KEY ([ListingId]) REFERENCES [Listings] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205165901_AddJointMarketing'
)
BEGIN
    CREATE TABLE [MemberStories] (
        [Id] int NOT NULL IDENTITY,
        [CooperativeId] int NULL,
        [CoopName] nvarchar(200) NOT NULL,
        [StorytellerName] nvarchar(200) NOT NULL,
        [Email] nvarchar(256) NOT NULL,
        [Title] nvarchar(200) NOT NULL,
        [Body] nvarchar(max) NOT NULL,
        [PhotoId] int NULL,
        [ConsentGivenAt] datetimeoffset NOT NULL,
        [SubmittedAt] datetimeoffset NOT NULL,
        [Status] int NOT NULL,
        [IsFeatured] bit NOT NULL,
        [RejectionReason] nvarchar(1000) NULL,
        [PublishedAt] datetimeoffset NULL,
        [ModeratedAt] datetimeoffset NULL,
        [ModeratedBy] nvarchar(200) NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_MemberStories] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_MemberStories_Cooperatives_CooperativeId] FOREIGN KEY ([CooperativeId]) REFERENCES [Cooperatives] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_MemberStories_Photos_PhotoId] FOREIGN KEY ([PhotoId]) REFERENCES [Photos] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205165901_AddJointMarketing'
)
BEGIN
    CREATE TABLE [PhotoFiles] (
        [PhotoId] int NOT NULL,
        [Rendition] int NOT NULL,
        [Bytes] varbinary(max) NOT NULL,
        [ContentType] nvarchar(50) NOT NULL,
        [Width] int NOT NULL,
        [Height] int NOT NULL,
        CONSTRAINT [PK_PhotoFiles] PRIMARY KEY ([PhotoId], [Rendition]),
        CONSTRAINT [FK_PhotoFiles_Photos_PhotoId] FOREIGN KEY ([PhotoId]) REFERENCES [Photos] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205165901_AddJointMarketing'
)
BEGIN
    CREATE UNIQUE INDEX [IX_CampaignParticipants_CampaignId_CooperativeId] ON [CampaignParticipants] ([CampaignId], [CooperativeId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205165901_AddJointMarketing'
)
BEGIN
    CREATE INDEX [IX_CampaignParticipants_CooperativeId] ON [CampaignParticipants] ([CooperativeId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205165901_AddJointMarketing'
)
BEGIN
    CREATE INDEX [IX_Campaigns_Status_JoinBy] ON [Campaigns] ([Status], [JoinBy]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205165901_AddJointMarketing'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ListingCategories_Name] ON [ListingCategories] ([Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205165901_AddJointMarketing'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ListingCategories_Slug] ON [ListingCategories] ([Slug]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205165901_AddJointMarketing'
)
BEGIN
    CREATE INDEX [IX_ListingCategoryLinks_CategoryId] ON [ListingCategoryLinks] ([CategoryId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205165901_AddJointMarketing'
)
BEGIN
    CREATE INDEX [IX_ListingEvents_ListingId] ON [ListingEvents] ([ListingId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205165901_AddJointMarketing'
)
BEGIN
    CREATE INDEX [IX_ListingRegions_Region] ON [ListingRegions] ([Region]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205165901_AddJointMarketing'
)
BEGIN
    CREATE INDEX [IX_Listings_CooperativeId_Status] ON [Listings] ([CooperativeId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205165901_AddJointMarketing'
)
BEGIN
    CREATE INDEX [IX_Listings_Status_ExpiresOn] ON [Listings] ([Status], [ExpiresOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205165901_AddJointMarketing'
)
BEGIN
    CREATE INDEX [IX_ListingSearchTerms_Term_ListingId] ON [ListingSearchTerms] ([Term], [ListingId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205165901_AddJointMarketing'
)
BEGIN
    CREATE INDEX [IX_MemberStories_CooperativeId] ON [MemberStories] ([CooperativeId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205165901_AddJointMarketing'
)
BEGIN
    CREATE INDEX [IX_MemberStories_PhotoId] ON [MemberStories] ([PhotoId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205165901_AddJointMarketing'
)
BEGIN
    CREATE INDEX [IX_MemberStories_Status_PublishedAt] ON [MemberStories] ([Status], [PublishedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205165901_AddJointMarketing'
)
BEGIN
    CREATE INDEX [IX_Photos_ListingId_Position] ON [Photos] ([ListingId], [Position]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205165901_AddJointMarketing'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261205165901_AddJointMarketing', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205200902_AddEvents'
)
BEGIN
    CREATE TABLE [Events] (
        [Id] int NOT NULL IDENTITY,
        [Title] nvarchar(200) NOT NULL,
        [Summary] nvarchar(500) NULL,
        [Description] nvarchar(max) NULL,
        [StartsAt] datetime2 NOT NULL,
        [EndsAt] datetime2 NOT NULL,
        [VenueName] nvarchar(200) NOT NULL,
        [VenueAddress] nvarchar(500) NULL,
        [Town] nvarchar(100) NULL,
        [AccessibilityNotes] nvarchar(2000) NULL,
        [IsPublic] bit NOT NULL,
        [Status] int NOT NULL,
        [Capacity] int NULL,
        [PlacesHeld] int NOT NULL,
        [DotsPerPerson] int NOT NULL,
        [Voting] int NOT NULL,
        [VotingClosedAt] datetimeoffset NULL,
        [Tracker] int NOT NULL,
        [FollowUpDays] nvarchar(200) NOT NULL,
        [NeedsErasedAt] datetimeoffset NULL,
        [FeesChargedAt] datetimeoffset NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [CreatedBy] nvarchar(200) NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Events] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205200902_AddEvents'
)
BEGIN
    CREATE TABLE [EventPartners] (
        [Id] int NOT NULL IDENTITY,
        [EventId] int NOT NULL,
        [OrganisationName] nvarchar(200) NOT NULL,
        [CooperativeId] int NULL,
        [ContactName] nvarchar(200) NOT NULL,
        [ContactEmail] nvarchar(256) NOT NULL,
        [Answer] int NOT NULL,
        [AnsweredAt] datetimeoffset NULL,
        [Roles] int NOT NULL,
        [Token] nvarchar(64) NOT NULL,
        [InvitedAt] datetimeoffset NOT NULL,
        [InvitedBy] nvarchar(200) NOT NULL,
        [InvitationSentAt] datetimeoffset NULL,
        CONSTRAINT [PK_EventPartners] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_EventPartners_Cooperatives_CooperativeId] FOREIGN KEY ([CooperativeId]) REFERENCES [Cooperatives] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_EventPartners_Events_EventId] FOREIGN KEY ([EventId]) REFERENCES [Events] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205200902_AddEvents'
)
BEGIN
    CREATE TABLE [EventRooms] (
        [Id] int NOT NULL IDENTITY,
        [EventId] int NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        [Capacity] int NULL,
        [AccessibilityNotes] nvarchar(1000) NULL,
        CONSTRAINT [PK_EventRooms] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_EventRooms_Events_EventId] FOREIGN KEY ([EventId]) REFERENCES [Events] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205200902_AddEvents'
)
BEGIN
    CREATE TABLE [EventThemes] (
        [Id] int NOT NULL IDENTITY,
        [EventId] int NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Position] int NOT NULL,
        CONSTRAINT [PK_EventThemes] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_EventThemes_Events_EventId] FOREIGN KEY ([EventId]) REFERENCES [Events] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205200902_AddEvents'
)
BEGIN
    CREATE TABLE [EventTimeSlots] (
        [Id] int NOT NULL IDENTITY,
        [EventId] int NOT NULL,
        [StartsAt] datetime2 NOT NULL,
        [EndsAt] datetime2 NOT NULL,
        [Label] nvarchar(100) NULL,
        CONSTRAINT [PK_EventTimeSlots] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_EventTimeSlots_Events_EventId] FOREIGN KEY ([EventId]) REFERENCES [Events] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205200902_AddEvents'
)
BEGIN
    CREATE TABLE [TicketTypes] (
        [Id] int NOT NULL IDENTITY,
        [EventId] int NOT NULL,
        [Kind] int NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        [Price] decimal(10,2) NOT NULL,
        [SuggestedPrice] decimal(10,2) NULL,
        [Position] int NOT NULL,
        CONSTRAINT [PK_TicketTypes] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_TicketTypes_Events_EventId] FOREIGN KEY ([EventId]) REFERENCES [Events] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205200902_AddEvents'
)
BEGIN
    CREATE TABLE [PlanningTasks] (
        [Id] int NOT NULL IDENTITY,
        [EventId] int NOT NULL,
        [What] nvarchar(500) NOT NULL,
        [OwnerName] nvarchar(200) NOT NULL,
        [OwnerEmail] nvarchar(256) NULL,
        [PartnerId] int NULL,
        [DueOn] date NOT NULL,
        [DoneAt] datetimeoffset NULL,
        [DoneBy] nvarchar(200) NULL,
        [ReminderSentAt] datetimeoffset NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [CreatedBy] nvarchar(200) NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_PlanningTasks] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PlanningTasks_EventPartners_PartnerId] FOREIGN KEY ([PartnerId]) REFERENCES [EventPartners] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_PlanningTasks_Events_EventId] FOREIGN KEY ([EventId]) REFERENCES [Events] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205200902_AddEvents'
)
BEGIN
    CREATE TABLE [EventSessions] (
        [Id] int NOT NULL IDENTITY,
        [EventId] int NOT NULL,
        [Title] nvarchar(200) NOT NULL,
        [ThemeId] int NULL,
        [Format] int NOT NULL,
        [Description] nvarchar(4000) NULL,
        [Presenters] nvarchar(2000) NOT NULL,
        [Needs] nvarchar(2000) NULL,
        [DurationMinutes] int NOT NULL,
        [Capacity] int NULL,
        [PlacesHeld] int NOT NULL,
        [ProposerName] nvarchar(200) NOT NULL,
        [ProposerEmail] nvarchar(256) NOT NULL,
        [PartnerId] int NULL,
        [Status] int NOT NULL,
        [StaffNote] nvarchar(2000) NULL,
        [ProposedAt] datetimeoffset NOT NULL,
        [DecidedAt] datetimeoffset NULL,
        [DecidedBy] nvarchar(200) NULL,
        [RoomId] int NULL,
        [SlotId] int NULL,
        [StartsAt] datetime2 NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_EventSessions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_EventSessions_EventPartners_PartnerId] FOREIGN KEY ([PartnerId]) REFERENCES [EventPartners] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_EventSessions_EventRooms_RoomId] FOREIGN KEY ([RoomId]) REFERENCES [EventRooms] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_EventSessions_EventThemes_ThemeId] FOREIGN KEY ([ThemeId]) REFERENCES [EventThemes] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_EventSessions_EventTimeSlots_SlotId] FOREIGN KEY ([SlotId]) REFERENCES [EventTimeSlots] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_EventSessions_Events_EventId] FOREIGN KEY ([EventId]) REFERENCES [Events] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205200902_AddEvents'
)
BEGIN
    CREATE TABLE [Registrations] (
        [Id] int NOT NULL IDENTITY,
        [EventId] int NOT NULL,
        [TicketTypeId] int NOT NULL,
        [TicketKind] int NOT NULL,
        [Price] decimal(10,2) NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Email] nvarchar(256) NOT NULL,
        [OrganisationName] nvarchar(200) NULL,
        [CooperativeId] int NULL,
        [AccessibilityNeeds] nvarchar(2000) NULL,
        [InterpretationLanguage] nvarchar(100) NULL,
        [DietaryNeeds] nvarchar(1000) NULL,
        [ChargeToCoop] bit NOT NULL,
        [Payment] int NOT NULL,
        [AmountPaid] decimal(10,2) NULL,
        [PaidOn] date NULL,
        [PaymentReference] nvarchar(100) NULL,
        [InvoiceId] int NULL,
        [Code] nvarchar(6) NOT NULL,
        [Token] nvarchar(64) NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [ConfirmationSentAt] datetimeoffset NULL,
        [ReminderSentAt] datetimeoffset NULL,
        [OfferSentAt] datetimeoffset NULL,
        [CheckedInAt] datetimeoffset NULL,
        [CheckedInBy] nvarchar(200) NULL,
        [Version] int NOT NULL,
        [Status] int NOT NULL,
        [WaitlistedAt] datetimeoffset NULL,
        [OfferedAt] datetimeoffset NULL,
        [OfferExpiresAt] datetimeoffset NULL,
        [CancelledAt] datetimeoffset NULL,
        CONSTRAINT [PK_Registrations] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Registrations_Cooperatives_CooperativeId] FOREIGN KEY ([CooperativeId]) REFERENCES [Cooperatives] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Registrations_Events_EventId] FOREIGN KEY ([EventId]) REFERENCES [Events] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Registrations_Invoices_InvoiceId] FOREIGN KEY ([InvoiceId]) REFERENCES [Invoices] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Registrations_TicketTypes_TicketTypeId] FOREIGN KEY ([TicketTypeId]) REFERENCES [TicketTypes] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205200902_AddEvents'
)
BEGIN
    CREATE TABLE [ActionProposals] (
        [Id] int NOT NULL IDENTITY,
        [EventId] int NOT NULL,
        [RegistrationId] int NULL,
        [AuthorName] nvarchar(200) NOT NULL,
        [What] nvarchar(500) NOT NULL,
        [Why] nvarchar(2000) NULL,
        [ThemeId] int NULL,
        [WhoItNeeds] nvarchar(500) NULL,
        [WhoOffers] nvarchar(500) NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [IsHidden] bit NOT NULL,
        CONSTRAINT [PK_ActionProposals] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ActionProposals_EventThemes_ThemeId] FOREIGN KEY ([ThemeId]) REFERENCES [EventThemes] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ActionProposals_Events_EventId] FOREIGN KEY ([EventId]) REFERENCES [Events] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_ActionProposals_Registrations_RegistrationId] FOREIGN KEY ([RegistrationId]) REFERENCES [Registrations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205200902_AddEvents'
)
BEGIN
    CREATE TABLE [SessionSignups] (
        [Id] int NOT NULL IDENTITY,
        [SessionId] int NOT NULL,
        [RegistrationId] int NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [Status] int NOT NULL,
        [WaitlistedAt] datetimeoffset NULL,
        [OfferedAt] datetimeoffset NULL,
        [OfferExpiresAt] datetimeoffset NULL,
        [CancelledAt] datetimeoffset NULL,
        CONSTRAINT [PK_SessionSignups] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_SessionSignups_EventSessions_SessionId] FOREIGN KEY ([SessionId]) REFERENCES [EventSessions] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_SessionSignups_Registrations_RegistrationId] FOREIGN KEY ([RegistrationId]) REFERENCES [Registrations] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205200902_AddEvents'
)
BEGIN
    CREATE TABLE [Commitments] (
        [Id] int NOT NULL IDENTITY,
        [EventId] int NOT NULL,
        [ProposalId] int NULL,
        [Action] nvarchar(1000) NOT NULL,
        [OrganisationName] nvarchar(200) NOT NULL,
        [CooperativeId] int NULL,
        [PartnerId] int NULL,
        [OwnerName] nvarchar(200) NOT NULL,
        [OwnerEmail] nvarchar(256) NOT NULL,
        [Status] int NOT NULL,
        [StatusNote] nvarchar(2000) NULL,
        [StatusUpdatedAt] datetimeoffset NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [CreatedBy] nvarchar(200) NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Commitments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Commitments_ActionProposals_ProposalId] FOREIGN KEY ([ProposalId]) REFERENCES [ActionProposals] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Commitments_Cooperatives_CooperativeId] FOREIGN KEY ([CooperativeId]) REFERENCES [Cooperatives] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Commitments_EventPartners_PartnerId] FOREIGN KEY ([PartnerId]) REFERENCES [EventPartners] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Commitments_Events_EventId] FOREIGN KEY ([EventId]) REFERENCES [Events] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205200902_AddEvents'
)
BEGIN
    CREATE TABLE [DotVotes] (
        [Id] int NOT NULL IDENTITY,
        [EventId] int NOT NULL,
        [ProposalId] int NOT NULL,
        [RegistrationId] int NOT NULL,
        [Dots] int NOT NULL,
        [At] datetimeoffset NOT NULL,
        CONSTRAINT [PK_DotVotes] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_DotVotes_ActionProposals_ProposalId] FOREIGN KEY ([ProposalId]) REFERENCES [ActionProposals] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_DotVotes_Registrations_RegistrationId] FOREIGN KEY ([RegistrationId]) REFERENCES [Registrations] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205200902_AddEvents'
)
BEGIN
    CREATE TABLE [CommitmentFollowUps] (
        [Id] int NOT NULL IDENTITY,
        [CommitmentId] int NOT NULL,
        [DueOn] date NOT NULL,
        [Token] nvarchar(64) NOT NULL,
        [AskedAt] datetimeoffset NULL,
        [AnsweredAt] datetimeoffset NULL,
        CONSTRAINT [PK_CommitmentFollowUps] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CommitmentFollowUps_Commitments_CommitmentId] FOREIGN KEY ([CommitmentId]) REFERENCES [Commitments] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205200902_AddEvents'
)
BEGIN
    CREATE TABLE [CommitmentUpdates] (
        [Id] int NOT NULL IDENTITY,
        [CommitmentId] int NOT NULL,
        [Status] int NOT NULL,
        [Note] nvarchar(2000) NULL,
        [FollowUpDueOn] date NULL,
        [By] nvarchar(200) NOT NULL,
        [At] datetimeoffset NOT NULL,
        CONSTRAINT [PK_CommitmentUpdates] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CommitmentUpdates_Commitments_CommitmentId] FOREIGN KEY ([CommitmentId]) REFERENCES [Commitments] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205200902_AddEvents'
)
BEGIN
    CREATE INDEX [IX_ActionProposals_EventId_ThemeId] ON [ActionProposals] ([EventId], [ThemeId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205200902_AddEvents'
)
BEGIN
    CREATE INDEX [IX_ActionProposals_RegistrationId] ON [ActionProposals] ([RegistrationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205200902_AddEvents'
)
BEGIN
    CREATE INDEX [IX_ActionProposals_ThemeId] ON [ActionProposals] ([ThemeId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205200902_AddEvents'
)
BEGIN
    CREATE INDEX [IX_CommitmentFollowUps_AskedAt_DueOn] ON [CommitmentFollowUps] ([AskedAt], [DueOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205200902_AddEvents'
)
BEGIN
    CREATE INDEX [IX_CommitmentFollowUps_CommitmentId] ON [CommitmentFollowUps] ([CommitmentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205200902_AddEvents'
)
BEGIN
    CREATE UNIQUE INDEX [IX_CommitmentFollowUps_Token] ON [CommitmentFollowUps] ([Token]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205200902_AddEvents'
)
BEGIN
    CREATE INDEX [IX_Commitments_CooperativeId] ON [Commitments] ([CooperativeId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205200902_AddEvents'
)
BEGIN
    CREATE INDEX [IX_Commitments_EventId] ON [Commitments] ([EventId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205200902_AddEvents'
)
BEGIN
    CREATE INDEX [IX_Commitments_PartnerId] ON [Commitments] ([PartnerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205200902_AddEvents'
)
BEGIN
    CREATE INDEX [IX_Commitments_ProposalId] ON [Commitments] ([ProposalId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205200902_AddEvents'
)
BEGIN
    CREATE INDEX [IX_CommitmentUpdates_CommitmentId_At] ON [CommitmentUpdates] ([CommitmentId], [At]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205200902_AddEvents'
)
BEGIN
    CREATE INDEX [IX_DotVotes_EventId_RegistrationId] ON [DotVotes] ([EventId], [RegistrationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205200902_AddEvents'
)
BEGIN
    CREATE UNIQUE INDEX [IX_DotVotes_ProposalId_RegistrationId] ON [DotVotes] ([ProposalId], [RegistrationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205200902_AddEvents'
)
BEGIN
    CREATE INDEX [IX_DotVotes_RegistrationId] ON [DotVotes] ([RegistrationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205200902_AddEvents'
)
BEGIN
    CREATE INDEX [IX_EventPartners_CooperativeId] ON [EventPartners] ([CooperativeId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205200902_AddEvents'
)
BEGIN
    CREATE UNIQUE INDEX [IX_EventPartners_EventId_OrganisationName] ON [EventPartners] ([EventId], [OrganisationName]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205200902_AddEvents'
)
BEGIN
    CREATE UNIQUE INDEX [IX_EventPartners_Token] ON [EventPartners] ([Token]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205200902_AddEvents'
)
BEGIN
    CREATE UNIQUE INDEX [IX_EventRooms_EventId_Name] ON [EventRooms] ([EventId], [Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205200902_AddEvents'
)
BEGIN
    CREATE INDEX [IX_Events_Status_IsPublic_StartsAt] ON [Events] ([Status], [IsPublic], [StartsAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205200902_AddEvents'
)
BEGIN
    CREATE INDEX [IX_EventSessions_EventId_Status] ON [EventSessions] ([EventId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205200902_AddEvents'
)
BEGIN
    CREATE INDEX [IX_EventSessions_PartnerId] ON [EventSessions] ([PartnerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205200902_AddEvents'
)
BEGIN
    CREATE INDEX [IX_EventSessions_RoomId] ON [EventSessions] ([RoomId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205200902_AddEvents'
)
BEGIN
    CREATE INDEX [IX_EventSessions_SlotId] ON [EventSessions] ([SlotId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205200902_AddEvents'
)
BEGIN
    CREATE INDEX [IX_EventSessions_ThemeId] ON [EventSessions] ([ThemeId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205200902_AddEvents'
)
BEGIN
    CREATE UNIQUE INDEX [IX_EventThemes_EventId_Name] ON [EventThemes] ([EventId], [Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205200902_AddEvents'
)
BEGIN
    CREATE INDEX [IX_EventTimeSlots_EventId_StartsAt] ON [EventTimeSlots] ([EventId], [StartsAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205200902_AddEvents'
)
BEGIN
    CREATE INDEX [IX_PlanningTasks_DoneAt_ReminderSentAt_DueOn] ON [PlanningTasks] ([DoneAt], [ReminderSentAt], [DueOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205200902_AddEvents'
)
BEGIN
    CREATE INDEX [IX_PlanningTasks_EventId_DueOn] ON [PlanningTasks] ([EventId], [DueOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205200902_AddEvents'
)
BEGIN
    CREATE INDEX [IX_PlanningTasks_PartnerId] ON [PlanningTasks] ([PartnerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205200902_AddEvents'
)
BEGIN
    CREATE INDEX [IX_Registrations_CooperativeId] ON [Registrations] ([CooperativeId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205200902_AddEvents'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Registrations_EventId_Code] ON [Registrations] ([EventId], [Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205200902_AddEvents'
)
BEGIN
    CREATE INDEX [IX_Registrations_EventId_Name] ON [Registrations] ([EventId], [Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205200902_AddEvents'
)
BEGIN
    CREATE INDEX [IX_Registrations_EventId_Status_WaitlistedAt] ON [Registrations] ([EventId], [Status], [WaitlistedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205200902_AddEvents'
)
BEGIN
    CREATE INDEX [IX_Registrations_InvoiceId] ON [Registrations] ([InvoiceId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205200902_AddEvents'
)
BEGIN
    CREATE INDEX [IX_Registrations_TicketTypeId] ON [Registrations] ([TicketTypeId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205200902_AddEvents'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Registrations_Token] ON [Registrations] ([Token]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205200902_AddEvents'
)
BEGIN
    CREATE INDEX [IX_SessionSignups_RegistrationId] ON [SessionSignups] ([RegistrationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205200902_AddEvents'
)
BEGIN
    CREATE INDEX [IX_SessionSignups_SessionId_Status_WaitlistedAt] ON [SessionSignups] ([SessionId], [Status], [WaitlistedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205200902_AddEvents'
)
BEGIN
    CREATE INDEX [IX_TicketTypes_EventId] ON [TicketTypes] ([EventId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205200902_AddEvents'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261205200902_AddEvents', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205230544_AddLanguages'
)
BEGIN
    ALTER TABLE [Registrations] ADD [Language] nvarchar(8) NOT NULL DEFAULT N'en';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205230544_AddLanguages'
)
BEGIN
    ALTER TABLE [Cooperatives] ADD [PreferredLanguage] nvarchar(8) NOT NULL DEFAULT N'en';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205230544_AddLanguages'
)
BEGIN
    ALTER TABLE [AspNetUsers] ADD [PreferredLanguage] nvarchar(8) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205230544_AddLanguages'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261205230544_AddLanguages', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    ALTER TABLE [EventSessions] ADD [Language] nvarchar(max) NOT NULL DEFAULT N'';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    ALTER TABLE [Cooperatives] ADD [ImportRef] nvarchar(64) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    ALTER TABLE [Commitments] ADD [Language] nvarchar(max) NOT NULL DEFAULT N'';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    CREATE TABLE [AlliedOrganizations] (
        [Id] int NOT NULL IDENTITY,
        [Name] nvarchar(200) NOT NULL,
        [Kind] int NOT NULL,
        [Region] int NOT NULL,
        [Offers] nvarchar(2000) NULL,
        [Website] nvarchar(300) NULL,
        [Contacts] nvarchar(4000) NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_AlliedOrganizations] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    CREATE TABLE [Conversions] (
        [Id] int NOT NULL IDENTITY,
        [BusinessName] nvarchar(200) NOT NULL,
        [Sector] nvarchar(100) NULL,
        [Region] int NOT NULL,
        [Town] nvarchar(100) NULL,
        [State] nvarchar(2) NULL,
        [OwnerName] nvarchar(200) NOT NULL,
        [OwnerEmail] nvarchar(200) NULL,
        [OwnerPhone] nvarchar(25) NULL,
        [Reason] int NOT NULL,
        [TargetSaleOn] date NULL,
        [TimelineNotes] nvarchar(2000) NULL,
        [Valuation] decimal(18,2) NULL,
        [Stage] int NOT NULL,
        [StageChangedAt] datetimeoffset NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [NotConvertedReason] nvarchar(1000) NULL,
        [DevelopingCoopId] int NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Conversions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Conversions_DevelopingCoops_DevelopingCoopId] FOREIGN KEY ([DevelopingCoopId]) REFERENCES [DevelopingCoops] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    CREATE TABLE [Delegates] (
        [Id] int NOT NULL IDENTITY,
        [CooperativeId] int NOT NULL,
        [PersonId] int NOT NULL,
        [AlternatePersonId] int NULL,
        [NamedAt] datetimeoffset NOT NULL,
        [NamedBy] nvarchar(200) NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Delegates] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Delegates_Cooperatives_CooperativeId] FOREIGN KEY ([CooperativeId]) REFERENCES [Cooperatives] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_Delegates_People_AlternatePersonId] FOREIGN KEY ([AlternatePersonId]) REFERENCES [People] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Delegates_People_PersonId] FOREIGN KEY ([PersonId]) REFERENCES [People] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    CREATE TABLE [FundContributions] (
        [Id] int NOT NULL IDENTITY,
        [Kind] int NOT NULL,
        [Source] nvarchar(200) NOT NULL,
        [Amount] decimal(18,2) NOT NULL,
        [ReceivedOn] date NOT NULL,
        [NoteTerms] nvarchar(2000) NULL,
        [RecordedBy] nvarchar(200) NOT NULL,
        [RecordedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_FundContributions] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    CREATE TABLE [GovernanceNotices] (
        [Id] int NOT NULL IDENTITY,
        [Kind] int NOT NULL,
        [SubjectId] int NOT NULL,
        [PersonId] int NOT NULL,
        [SentAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_GovernanceNotices] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    CREATE TABLE [ImportRuns] (
        [Id] int NOT NULL IDENTITY,
        [FileHash] nvarchar(64) NOT NULL,
        [FileNames] nvarchar(400) NOT NULL,
        [StartedBy] nvarchar(200) NOT NULL,
        [StartedAt] datetimeoffset NOT NULL,
        [FinishedAt] datetimeoffset NULL,
        [Status] int NOT NULL,
        [Phase] int NOT NULL,
        [LastLine] int NOT NULL,
        [Attempts] int NOT NULL,
        [CoopsCreated] int NOT NULL,
        [CoopsUpdated] int NOT NULL,
        [CoopsUnchanged] int NOT NULL,
        [PeopleCreated] int NOT NULL,
        [PeopleUpdated] int NOT NULL,
        [PeopleUnchanged] int NOT NULL,
        [Error] nvarchar(1000) NULL,
        CONSTRAINT [PK_ImportRuns] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    CREATE TABLE [LoanApplications] (
        [Id] int NOT NULL IDENTITY,
        [CooperativeId] int NULL,
        [DevelopingCoopId] int NULL,
        [ApplicantName] nvarchar(200) NOT NULL,
        [Amount] decimal(18,2) NOT NULL,
        [Purpose] nvarchar(2000) NOT NULL,
        [TermMonths] int NOT NULL,
        [Status] int NOT NULL,
        [Checklist] int NOT NULL,
        [SubmittedBy] nvarchar(200) NOT NULL,
        [SubmittedAt] datetimeoffset NOT NULL,
        [ReviewedBy] nvarchar(200) NULL,
        [DecisionReasons] nvarchar(4000) NULL,
        [DecidedAt] datetimeoffset NULL,
        [DecidedBy] nvarchar(200) NULL,
        [VotesFor] int NOT NULL,
        [VotesAgainst] int NOT NULL,
        [VotesAbstaining] int NOT NULL,
        [ApprovedPrincipal] decimal(18,2) NULL,
        [ApprovedRatePercent] decimal(9,4) NULL,
        [ApprovedAmortizingMonths] int NULL,
        [ApprovedGraceMonths] int NULL,
        [ApprovedInterestOnlyMonths] int NULL,
        [ApprovedFirstDueOn] date NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_LoanApplications] PRIMARY KEY ([Id]),
        CONSTRAINT [CK_LoanApplications_OneApplicant] CHECK ((CooperativeId IS NULL AND DevelopingCoopId IS NOT NULL) OR (CooperativeId IS NOT NULL AND DevelopingCoopId IS NULL)),
        CONSTRAINT [FK_LoanApplications_Cooperatives_CooperativeId] FOREIGN KEY ([CooperativeId]) REFERENCES [Cooperatives] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_LoanApplications_DevelopingCoops_DevelopingCoopId] FOREIGN KEY ([DevelopingCoopId]) REFERENCES [DevelopingCoops] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    CREATE TABLE [Meetings] (
        [Id] int NOT NULL IDENTITY,
        [Kind] int NOT NULL,
        [Title] nvarchar(200) NOT NULL,
        [StartsAt] datetimeoffset NOT NULL,
        [Place] nvarchar(500) NULL,
        [OnlineLink] nvarchar(500) NULL,
        [RecordDate] date NOT NULL,
        [NoticeDays] int NOT NULL,
        [Agenda] nvarchar(4000) NULL,
        [State] int NOT NULL,
        [EligibilityFixedAt] datetimeoffset NULL,
        [Minutes] nvarchar(max) NULL,
        [MinutesPublishedAt] datetimeoffset NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Meetings] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    CREATE TABLE [OrganizationRelationships] (
        [Id] int NOT NULL IDENTITY,
        [AlliedOrganizationId] int NOT NULL,
        [CooperativeId] int NOT NULL,
        [Kind] int NOT NULL,
        [Since] date NULL,
        CONSTRAINT [PK_OrganizationRelationships] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_OrganizationRelationships_AlliedOrganizations_AlliedOrganizationId] FOREIGN KEY ([AlliedOrganizationId]) REFERENCES [AlliedOrganizations] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_OrganizationRelationships_Cooperatives_CooperativeId] FOREIGN KEY ([CooperativeId]) REFERENCES [Cooperatives] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    CREATE TABLE [Ties] (
        [Id] int NOT NULL IDENTITY,
        [CooperativeId] int NOT NULL,
        [Direction] int NOT NULL,
        [CounterpartCoopId] int NULL,
        [CounterpartOrganizationId] int NULL,
        [What] nvarchar(200) NOT NULL,
        [EstimatedAnnualAmount] decimal(18,2) NULL,
        [RecordedBy] nvarchar(200) NOT NULL,
        [UpdatedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_Ties] PRIMARY KEY ([Id]),
        CONSTRAINT [CK_Ties_OneCounterpart] CHECK ((CounterpartCoopId IS NULL AND CounterpartOrganizationId IS NOT NULL) OR (CounterpartCoopId IS NOT NULL AND CounterpartOrganizationId IS NULL)),
        CONSTRAINT [FK_Ties_AlliedOrganizations_CounterpartOrganizationId] FOREIGN KEY ([CounterpartOrganizationId]) REFERENCES [AlliedOrganizations] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Ties_Cooperatives_CooperativeId] FOREIGN KEY ([CooperativeId]) REFERENCES [Cooperatives] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_Ties_Cooperatives_CounterpartCoopId] FOREIGN KEY ([CounterpartCoopId]) REFERENCES [Cooperatives] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    CREATE TABLE [ConversionNote] (
        [Id] int NOT NULL IDENTITY,
        [ConversionId] int NOT NULL,
        [Stage] int NOT NULL,
        [Text] nvarchar(2000) NOT NULL,
        [ByName] nvarchar(200) NOT NULL,
        [ByUserId] int NULL,
        [At] datetimeoffset NOT NULL,
        CONSTRAINT [PK_ConversionNote] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ConversionNote_Conversions_ConversionId] FOREIGN KEY ([ConversionId]) REFERENCES [Conversions] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    CREATE TABLE [ConversionStageChange] (
        [Id] int NOT NULL IDENTITY,
        [ConversionId] int NOT NULL,
        [From] int NULL,
        [To] int NOT NULL,
        [Note] nvarchar(1000) NULL,
        [ByName] nvarchar(200) NOT NULL,
        [ByUserId] int NULL,
        [At] datetimeoffset NOT NULL,
        CONSTRAINT [PK_ConversionStageChange] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ConversionStageChange_Conversions_ConversionId] FOREIGN KEY ([ConversionId]) REFERENCES [Conversions] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    CREATE TABLE [ConversionWorker] (
        [Id] int NOT NULL IDENTITY,
        [ConversionId] int NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Role] nvarchar(100) NULL,
        [Email] nvarchar(200) NULL,
        [InterestedInOwnership] bit NOT NULL,
        CONSTRAINT [PK_ConversionWorker] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ConversionWorker_Conversions_ConversionId] FOREIGN KEY ([ConversionId]) REFERENCES [Conversions] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    CREATE TABLE [CommitteeVote] (
        [Id] int NOT NULL IDENTITY,
        [LoanApplicationId] int NOT NULL,
        [UserId] int NULL,
        [MemberName] nvarchar(200) NOT NULL,
        [Choice] int NULL,
        [ConflictOfInterest] bit NOT NULL,
        [ConflictNote] nvarchar(1000) NULL,
        [At] datetimeoffset NOT NULL,
        CONSTRAINT [PK_CommitteeVote] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CommitteeVote_LoanApplications_LoanApplicationId] FOREIGN KEY ([LoanApplicationId]) REFERENCES [LoanApplications] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    CREATE TABLE [LoanAttachment] (
        [Id] int NOT NULL IDENTITY,
        [LoanApplicationId] int NOT NULL,
        [Kind] int NOT NULL,
        [FileName] nvarchar(200) NOT NULL,
        [ContentType] nvarchar(100) NOT NULL,
        [SizeBytes] bigint NOT NULL,
        [UploadedBy] nvarchar(200) NOT NULL,
        [UploadedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_LoanAttachment] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_LoanAttachment_LoanApplications_LoanApplicationId] FOREIGN KEY ([LoanApplicationId]) REFERENCES [LoanApplications] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    CREATE TABLE [LoanReferral] (
        [Id] int NOT NULL IDENTITY,
        [LoanApplicationId] int NOT NULL,
        [Lender] nvarchar(200) NOT NULL,
        [ReferredOn] date NOT NULL,
        [ReferredBy] nvarchar(200) NOT NULL,
        [Outcome] int NOT NULL,
        [OutcomeNote] nvarchar(1000) NULL,
        CONSTRAINT [PK_LoanReferral] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_LoanReferral_LoanApplications_LoanApplicationId] FOREIGN KEY ([LoanApplicationId]) REFERENCES [LoanApplications] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    CREATE TABLE [Loans] (
        [Id] int NOT NULL IDENTITY,
        [LoanApplicationId] int NOT NULL,
        [CooperativeId] int NULL,
        [DevelopingCoopId] int NULL,
        [BorrowerName] nvarchar(200) NOT NULL,
        [Principal] decimal(18,2) NOT NULL,
        [DisbursedOn] date NOT NULL,
        [DisbursedBy] nvarchar(200) NOT NULL,
        [WrittenOffOn] date NULL,
        [WrittenOffPrincipal] decimal(18,2) NOT NULL,
        [WriteOffReason] nvarchar(2000) NULL,
        [WrittenOffBy] nvarchar(200) NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Loans] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Loans_Cooperatives_CooperativeId] FOREIGN KEY ([CooperativeId]) REFERENCES [Cooperatives] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Loans_DevelopingCoops_DevelopingCoopId] FOREIGN KEY ([DevelopingCoopId]) REFERENCES [DevelopingCoops] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Loans_LoanApplications_LoanApplicationId] FOREIGN KEY ([LoanApplicationId]) REFERENCES [LoanApplications] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    CREATE TABLE [EligibleCoop] (
        [MeetingId] int NOT NULL,
        [CooperativeId] int NOT NULL,
        CONSTRAINT [PK_EligibleCoop] PRIMARY KEY ([MeetingId], [CooperativeId]),
        CONSTRAINT [FK_EligibleCoop_Cooperatives_CooperativeId] FOREIGN KEY ([CooperativeId]) REFERENCES [Cooperatives] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_EligibleCoop_Meetings_MeetingId] FOREIGN KEY ([MeetingId]) REFERENCES [Meetings] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    CREATE TABLE [MeetingAttendance] (
        [Id] int NOT NULL IDENTITY,
        [MeetingId] int NOT NULL,
        [CooperativeId] int NOT NULL,
        [PersonId] int NOT NULL,
        [PersonName] nvarchar(200) NOT NULL,
        [CheckedInAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_MeetingAttendance] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_MeetingAttendance_Cooperatives_CooperativeId] FOREIGN KEY ([CooperativeId]) REFERENCES [Cooperatives] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_MeetingAttendance_Meetings_MeetingId] FOREIGN KEY ([MeetingId]) REFERENCES [Meetings] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    CREATE TABLE [Motions] (
        [Id] int NOT NULL IDENTITY,
        [MeetingId] int NOT NULL,
        [Kind] int NOT NULL,
        [Title] nvarchar(300) NOT NULL,
        [Text] nvarchar(max) NULL,
        [Threshold] int NOT NULL,
        [Secret] bit NOT NULL,
        [OpensAt] datetimeoffset NOT NULL,
        [ClosesAt] datetimeoffset NOT NULL,
        [State] int NOT NULL,
        [Seats] int NULL,
        [TermMonths] int NULL,
        [VotesFor] int NULL,
        [VotesAgainst] int NULL,
        [Abstentions] int NULL,
        [BallotsCast] int NULL,
        [Passed] bit NULL,
        [Tie] bit NOT NULL,
        [ResultSummary] nvarchar(2000) NULL,
        [ClosedAt] datetimeoffset NULL,
        [SeatedAt] datetimeoffset NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Motions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Motions_Meetings_MeetingId] FOREIGN KEY ([MeetingId]) REFERENCES [Meetings] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    CREATE TABLE [LoanAttachmentContents] (
        [LoanAttachmentId] int NOT NULL,
        [Data] varbinary(max) NOT NULL,
        CONSTRAINT [PK_LoanAttachmentContents] PRIMARY KEY ([LoanAttachmentId]),
        CONSTRAINT [FK_LoanAttachmentContents_LoanAttachment_LoanAttachmentId] FOREIGN KEY ([LoanAttachmentId]) REFERENCES [LoanAttachment] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    CREATE TABLE [LoanArrearsReminders] (
        [Id] int NOT NULL IDENTITY,
        [LoanId] int NOT NULL,
        [DueOn] date NOT NULL,
        [Arrears] decimal(18,2) NOT NULL,
        [SentAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_LoanArrearsReminders] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_LoanArrearsReminders_Loans_LoanId] FOREIGN KEY ([LoanId]) REFERENCES [Loans] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    CREATE TABLE [LoanPayments] (
        [Id] int NOT NULL IDENTITY,
        [LoanId] int NOT NULL,
        [ReceivedOn] date NOT NULL,
        [Amount] decimal(18,2) NOT NULL,
        [RecordedBy] nvarchar(200) NOT NULL,
        [RecordedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_LoanPayments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_LoanPayments_Loans_LoanId] FOREIGN KEY ([LoanId]) REFERENCES [Loans] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    CREATE TABLE [LoanTermsChange] (
        [Id] int NOT NULL IDENTITY,
        [LoanId] int NOT NULL,
        [From] date NOT NULL,
        [Principal] decimal(18,2) NOT NULL,
        [AnnualRatePercent] decimal(9,4) NOT NULL,
        [AmortizingMonths] int NOT NULL,
        [GraceMonths] int NOT NULL,
        [InterestOnlyMonths] int NOT NULL,
        [FirstDueOn] date NOT NULL,
        [Reason] nvarchar(2000) NULL,
        [RecordedBy] nvarchar(200) NOT NULL,
        [RecordedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_LoanTermsChange] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_LoanTermsChange_Loans_LoanId] FOREIGN KEY ([LoanId]) REFERENCES [Loans] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    CREATE TABLE [BallotsCast] (
        [Id] int NOT NULL IDENTITY,
        [MotionId] int NOT NULL,
        [CooperativeId] int NOT NULL,
        [CastOn] date NOT NULL,
        [Choice] int NULL,
        [CandidateIds] nvarchar(500) NULL,
        CONSTRAINT [PK_BallotsCast] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_BallotsCast_Cooperatives_CooperativeId] FOREIGN KEY ([CooperativeId]) REFERENCES [Cooperatives] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_BallotsCast_Motions_MotionId] FOREIGN KEY ([MotionId]) REFERENCES [Motions] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    CREATE TABLE [BoardSeats] (
        [Id] int NOT NULL IDENTITY,
        [Name] nvarchar(200) NOT NULL,
        [HolderName] nvarchar(200) NOT NULL,
        [PersonId] int NULL,
        [CooperativeId] int NULL,
        [TermStart] date NOT NULL,
        [TermEnd] date NOT NULL,
        [MotionId] int NULL,
        CONSTRAINT [PK_BoardSeats] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_BoardSeats_Cooperatives_CooperativeId] FOREIGN KEY ([CooperativeId]) REFERENCES [Cooperatives] ([Id]) ON DELETE SET NULL,
        CONSTRAINT [FK_BoardSeats_Motions_MotionId] FOREIGN KEY ([MotionId]) REFERENCES [Motions] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_BoardSeats_People_PersonId] FOREIGN KEY ([PersonId]) REFERENCES [People] ([Id]) ON DELETE SET NULL
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    CREATE TABLE [ElectionCandidates] (
        [Id] int NOT NULL IDENTITY,
        [MotionId] int NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [CooperativeId] int NULL,
        [PersonId] int NULL,
        [Statement] nvarchar(4000) NULL,
        [Votes] int NULL,
        [Elected] bit NOT NULL,
        [TiedForLastSeat] bit NOT NULL,
        CONSTRAINT [PK_ElectionCandidates] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ElectionCandidates_Motions_MotionId] FOREIGN KEY ([MotionId]) REFERENCES [Motions] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    CREATE TABLE [SecretBallots] (
        [Id] uniqueidentifier NOT NULL,
        [MotionId] int NOT NULL,
        [Choice] int NULL,
        [CandidateIds] nvarchar(500) NULL,
        CONSTRAINT [PK_SecretBallots] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_SecretBallots_Motions_MotionId] FOREIGN KEY ([MotionId]) REFERENCES [Motions] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_Cooperatives_ImportRef] ON [Cooperatives] ([ImportRef]) WHERE [ImportRef] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    CREATE INDEX [IX_AlliedOrganizations_Kind_Region] ON [AlliedOrganizations] ([Kind], [Region]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    CREATE UNIQUE INDEX [IX_AlliedOrganizations_Name] ON [AlliedOrganizations] ([Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    CREATE INDEX [IX_BallotsCast_CooperativeId] ON [BallotsCast] ([CooperativeId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    CREATE UNIQUE INDEX [IX_BallotsCast_MotionId_CooperativeId] ON [BallotsCast] ([MotionId], [CooperativeId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    CREATE INDEX [IX_BoardSeats_CooperativeId] ON [BoardSeats] ([CooperativeId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    CREATE INDEX [IX_BoardSeats_MotionId] ON [BoardSeats] ([MotionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    CREATE INDEX [IX_BoardSeats_PersonId] ON [BoardSeats] ([PersonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    CREATE INDEX [IX_BoardSeats_TermEnd] ON [BoardSeats] ([TermEnd]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_CommitteeVote_LoanApplicationId_UserId] ON [CommitteeVote] ([LoanApplicationId], [UserId]) WHERE [UserId] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    CREATE INDEX [IX_ConversionNote_ConversionId_At] ON [ConversionNote] ([ConversionId], [At]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    CREATE INDEX [IX_Conversions_BusinessName] ON [Conversions] ([BusinessName]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_Conversions_DevelopingCoopId] ON [Conversions] ([DevelopingCoopId]) WHERE [DevelopingCoopId] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    CREATE INDEX [IX_Conversions_Stage] ON [Conversions] ([Stage]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    CREATE INDEX [IX_ConversionStageChange_ConversionId_At] ON [ConversionStageChange] ([ConversionId], [At]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    CREATE INDEX [IX_ConversionWorker_ConversionId] ON [ConversionWorker] ([ConversionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    CREATE INDEX [IX_Delegates_AlternatePersonId] ON [Delegates] ([AlternatePersonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Delegates_CooperativeId] ON [Delegates] ([CooperativeId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    CREATE INDEX [IX_Delegates_PersonId] ON [Delegates] ([PersonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    CREATE INDEX [IX_ElectionCandidates_MotionId] ON [ElectionCandidates] ([MotionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    CREATE INDEX [IX_EligibleCoop_CooperativeId] ON [EligibleCoop] ([CooperativeId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    CREATE INDEX [IX_FundContributions_ReceivedOn] ON [FundContributions] ([ReceivedOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    CREATE UNIQUE INDEX [IX_GovernanceNotices_Kind_SubjectId_PersonId] ON [GovernanceNotices] ([Kind], [SubjectId], [PersonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    CREATE INDEX [IX_ImportRuns_FileHash] ON [ImportRuns] ([FileHash]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    CREATE INDEX [IX_LoanApplications_CooperativeId] ON [LoanApplications] ([CooperativeId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    CREATE INDEX [IX_LoanApplications_DevelopingCoopId] ON [LoanApplications] ([DevelopingCoopId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    CREATE INDEX [IX_LoanApplications_Status_SubmittedAt] ON [LoanApplications] ([Status], [SubmittedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    CREATE UNIQUE INDEX [IX_LoanArrearsReminders_LoanId_DueOn] ON [LoanArrearsReminders] ([LoanId], [DueOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    CREATE INDEX [IX_LoanAttachment_LoanApplicationId] ON [LoanAttachment] ([LoanApplicationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    CREATE INDEX [IX_LoanPayments_LoanId_ReceivedOn] ON [LoanPayments] ([LoanId], [ReceivedOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    CREATE INDEX [IX_LoanReferral_LoanApplicationId] ON [LoanReferral] ([LoanApplicationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    CREATE INDEX [IX_Loans_CooperativeId] ON [Loans] ([CooperativeId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    CREATE INDEX [IX_Loans_DevelopingCoopId] ON [Loans] ([DevelopingCoopId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Loans_LoanApplicationId] ON [Loans] ([LoanApplicationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    CREATE UNIQUE INDEX [IX_LoanTermsChange_LoanId_From] ON [LoanTermsChange] ([LoanId], [From]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    CREATE INDEX [IX_MeetingAttendance_CooperativeId] ON [MeetingAttendance] ([CooperativeId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    CREATE UNIQUE INDEX [IX_MeetingAttendance_MeetingId_CooperativeId] ON [MeetingAttendance] ([MeetingId], [CooperativeId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    CREATE INDEX [IX_Meetings_StartsAt] ON [Meetings] ([StartsAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    CREATE INDEX [IX_Motions_MeetingId_OpensAt] ON [Motions] ([MeetingId], [OpensAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    CREATE INDEX [IX_Motions_State_ClosesAt] ON [Motions] ([State], [ClosesAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    CREATE UNIQUE INDEX [IX_OrganizationRelationships_AlliedOrganizationId_CooperativeId_Kind] ON [OrganizationRelationships] ([AlliedOrganizationId], [CooperativeId], [Kind]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    CREATE INDEX [IX_OrganizationRelationships_CooperativeId] ON [OrganizationRelationships] ([CooperativeId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    CREATE INDEX [IX_SecretBallots_MotionId] ON [SecretBallots] ([MotionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    CREATE INDEX [IX_Ties_CooperativeId] ON [Ties] ([CooperativeId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    CREATE INDEX [IX_Ties_CounterpartCoopId] ON [Ties] ([CounterpartCoopId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    CREATE INDEX [IX_Ties_CounterpartOrganizationId] ON [Ties] ([CounterpartOrganizationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206033502_AddNetworkFundConversionsGovernanceImports'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261206033502_AddNetworkFundConversionsGovernanceImports', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206061101_ImpactAndBoardReports'
)
BEGIN
    CREATE TABLE [BoardReports] (
        [Id] int NOT NULL IDENTITY,
        [Month] nvarchar(7) NOT NULL,
        [FiguresHash] nvarchar(64) NOT NULL,
        [Pdf] varbinary(max) NOT NULL,
        [Emailed] int NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_BoardReports] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206061101_ImpactAndBoardReports'
)
BEGIN
    CREATE TABLE [ImpactNarratives] (
        [Id] int NOT NULL IDENTITY,
        [Year] int NOT NULL,
        [Text] nvarchar(4000) NOT NULL,
        [UpdatedBy] nvarchar(200) NOT NULL,
        [UpdatedAt] datetimeoffset NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_ImpactNarratives] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206061101_ImpactAndBoardReports'
)
BEGIN
    CREATE UNIQUE INDEX [IX_BoardReports_Month] ON [BoardReports] ([Month]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206061101_ImpactAndBoardReports'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ImpactNarratives_Year] ON [ImpactNarratives] ([Year]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206061101_ImpactAndBoardReports'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261206061101_ImpactAndBoardReports', N'10.0.14');
END;

COMMIT;
GO

