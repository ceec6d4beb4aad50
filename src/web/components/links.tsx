import { Anchor, type AnchorProps, NavLink, type NavLinkProps } from '@mantine/core';
import { createLink, type LinkComponent } from '@tanstack/react-router';
import { type ComponentPropsWithoutRef, forwardRef } from 'react';

// Mantine's looks with the router's typed `to`/`params`/`search` (TanStack's createLink recipe).

type AnchorBaseProps = Omit<AnchorProps, 'href'> & Omit<ComponentPropsWithoutRef<'a'>, keyof AnchorProps>;
const AnchorBase = forwardRef<HTMLAnchorElement, AnchorBaseProps>((props, ref) => <Anchor ref={ref} {...props} />);
const CreatedAnchorLink = createLink(AnchorBase);
export const AnchorLink: LinkComponent<typeof AnchorBase> = (props) => <CreatedAnchorLink {...props} />;

type NavLinkBaseProps = Omit<NavLinkProps, 'href'> & Omit<ComponentPropsWithoutRef<'a'>, keyof NavLinkProps>;
const NavLinkBase = forwardRef<HTMLAnchorElement, NavLinkBaseProps>((props, ref) => <NavLink ref={ref} {...props} />);
const CreatedNavLinkLink = createLink(NavLinkBase);
export const NavLinkLink: LinkComponent<typeof NavLinkBase> = (props) => <CreatedNavLinkLink {...props} />;
