/**
 */
package io.ringside.model.virtio.impl;

import io.ringside.model.virtio.UsedElement;
import io.ringside.model.virtio.UsedRing;
import io.ringside.model.virtio.VirtioPackage;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Used Ring</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.ringside.model.virtio.impl.UsedRingImpl#getFlags <em>Flags</em>}</li>
 *   <li>{@link io.ringside.model.virtio.impl.UsedRingImpl#getIdx <em>Idx</em>}</li>
 *   <li>{@link io.ringside.model.virtio.impl.UsedRingImpl#getAvailEvent <em>Avail Event</em>}</li>
 *   <li>{@link io.ringside.model.virtio.impl.UsedRingImpl#getElements <em>Elements</em>}</li>
 *   <li>{@link io.ringside.model.virtio.impl.UsedRingImpl#getLabel <em>Label</em>}</li>
 * </ul>
 *
 * @generated
 */
public class UsedRingImpl extends EObjectImpl implements UsedRing {
	/**
	 * The default value of the '{@link #getFlags() <em>Flags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlags()
	 * @generated
	 * @ordered
	 */
	protected static final int FLAGS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFlags() <em>Flags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlags()
	 * @generated
	 * @ordered
	 */
	protected int flags = FLAGS_EDEFAULT;

	/**
	 * The default value of the '{@link #getIdx() <em>Idx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdx()
	 * @generated
	 * @ordered
	 */
	protected static final int IDX_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getIdx() <em>Idx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdx()
	 * @generated
	 * @ordered
	 */
	protected int idx = IDX_EDEFAULT;

	/**
	 * The default value of the '{@link #getAvailEvent() <em>Avail Event</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAvailEvent()
	 * @generated
	 * @ordered
	 */
	protected static final int AVAIL_EVENT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getAvailEvent() <em>Avail Event</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAvailEvent()
	 * @generated
	 * @ordered
	 */
	protected int availEvent = AVAIL_EVENT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getElements() <em>Elements</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getElements()
	 * @generated
	 * @ordered
	 */
	protected EList<UsedElement> elements;

	/**
	 * The default value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected String label = LABEL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected UsedRingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return VirtioPackage.Literals.USED_RING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFlags() {
		return flags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFlags(int newFlags) {
		int oldFlags = flags;
		flags = newFlags;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VirtioPackage.USED_RING__FLAGS, oldFlags, flags));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getIdx() {
		return idx;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIdx(int newIdx) {
		int oldIdx = idx;
		idx = newIdx;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VirtioPackage.USED_RING__IDX, oldIdx, idx));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getAvailEvent() {
		return availEvent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAvailEvent(int newAvailEvent) {
		int oldAvailEvent = availEvent;
		availEvent = newAvailEvent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VirtioPackage.USED_RING__AVAIL_EVENT, oldAvailEvent, availEvent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<UsedElement> getElements() {
		if (elements == null) {
			elements = new EObjectContainmentEList<UsedElement>(UsedElement.class, this, VirtioPackage.USED_RING__ELEMENTS);
		}
		return elements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabel() {
		return label;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabel(String newLabel) {
		String oldLabel = label;
		label = newLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VirtioPackage.USED_RING__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case VirtioPackage.USED_RING__ELEMENTS:
				return ((InternalEList<?>)getElements()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case VirtioPackage.USED_RING__FLAGS:
				return getFlags();
			case VirtioPackage.USED_RING__IDX:
				return getIdx();
			case VirtioPackage.USED_RING__AVAIL_EVENT:
				return getAvailEvent();
			case VirtioPackage.USED_RING__ELEMENTS:
				return getElements();
			case VirtioPackage.USED_RING__LABEL:
				return getLabel();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case VirtioPackage.USED_RING__FLAGS:
				setFlags((Integer)newValue);
				return;
			case VirtioPackage.USED_RING__IDX:
				setIdx((Integer)newValue);
				return;
			case VirtioPackage.USED_RING__AVAIL_EVENT:
				setAvailEvent((Integer)newValue);
				return;
			case VirtioPackage.USED_RING__ELEMENTS:
				getElements().clear();
				getElements().addAll((Collection<? extends UsedElement>)newValue);
				return;
			case VirtioPackage.USED_RING__LABEL:
				setLabel((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case VirtioPackage.USED_RING__FLAGS:
				setFlags(FLAGS_EDEFAULT);
				return;
			case VirtioPackage.USED_RING__IDX:
				setIdx(IDX_EDEFAULT);
				return;
			case VirtioPackage.USED_RING__AVAIL_EVENT:
				setAvailEvent(AVAIL_EVENT_EDEFAULT);
				return;
			case VirtioPackage.USED_RING__ELEMENTS:
				getElements().clear();
				return;
			case VirtioPackage.USED_RING__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case VirtioPackage.USED_RING__FLAGS:
				return flags != FLAGS_EDEFAULT;
			case VirtioPackage.USED_RING__IDX:
				return idx != IDX_EDEFAULT;
			case VirtioPackage.USED_RING__AVAIL_EVENT:
				return availEvent != AVAIL_EVENT_EDEFAULT;
			case VirtioPackage.USED_RING__ELEMENTS:
				return elements != null && !elements.isEmpty();
			case VirtioPackage.USED_RING__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (flags: ");
		result.append(flags);
		result.append(", idx: ");
		result.append(idx);
		result.append(", availEvent: ");
		result.append(availEvent);
		result.append(", label: ");
		result.append(label);
		result.append(')');
		return result.toString();
	}

} //UsedRingImpl
